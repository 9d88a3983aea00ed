package dev.pipewright.git;

/** What to check out: a branch's tip, a tag, one commit, or the remote's default branch. */
public sealed interface Revision {

    record Branch(String name) implements Revision {
        @Override
        public String toString() {
            return "branch '" + name + "'";
        }
    }

    record Tag(String name) implements Revision {
        @Override
        public String toString() {
            return "tag '" + name + "'";
        }
    }

    /** A full or abbreviated commit id. */
    record Commit(String id) implements Revision {
        @Override
        public String toString() {
            return "commit " + id;
        }
    }

    record DefaultBranch() implements Revision {
        @Override
        public String toString() {
            return "the default branch";
        }
    }
}
