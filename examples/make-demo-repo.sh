#!/bin/sh
# Makes examples/demo-repo, a small Git repository for examples/git-trigger.pipeline.json.
# Then run:  pipewright watch examples/git-trigger.pipeline.json
# and, in another terminal, commit to it:
#   cd examples/demo-repo && echo "Hello again" > greeting.txt && git commit -am "Say it again"
set -e
here=$(cd "$(dirname "$0")" && pwd)
repo="$here/demo-repo"
if [ -e "$repo" ]; then
    echo "$repo already exists; delete it to start over." >&2
    exit 1
fi
git init -q -b main "$repo"
cd "$repo"
git config user.name "Demo User"
git config user.email "demo@example.org"
echo "Hello from the demo repository" > greeting.txt
mkdir docs
echo "Notes nobody builds" > docs/notes.md
git add .
git commit -q -m "First commit"
echo "Made $repo (branch main)."
