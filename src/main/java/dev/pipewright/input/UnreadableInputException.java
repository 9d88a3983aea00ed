package dev.pipewright.input;

/** A file that {@link InputFile} refused to read, with the reason in words. */
public final class UnreadableInputException extends Exception {

    private final String file;
    private final InputProblem problem;

    public UnreadableInputException(String file, InputProblem problem) {
        super(problem.located(file));
        this.file = file;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    public InputProblem problem() {
        return problem;
    }
}
