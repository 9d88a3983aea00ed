package dev.pipewright.learn;

/** The lesson page's own styles: system fonts only, nothing fetched. */
final class LessonStyle {

    private LessonStyle() {
    }

    static final String CSS = """
            body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif;
                   color: #24292f; background: #ffffff; max-width: 1100px; margin: 2em auto; padding: 0 1.5em;
                   line-height: 1.5; }
            h1 { font-size: 1.9em; margin-bottom: 0.2em; }
            h2 { margin-top: 2em; border-bottom: 1px solid #d0d7de; padding-bottom: 0.2em; }
            .lead { font-size: 1.15em; color: #57606a; }
            table.facts th { text-align: left; padding-right: 1.5em; color: #57606a; font-weight: 600; }
            .diagram { overflow-x: auto; border: 1px solid #d0d7de; border-radius: 8px; padding: 12px; }
            .diagram svg { max-width: 100%; height: auto; }
            table.timeline { border-collapse: collapse; width: 100%; font-size: 0.92em; }
            table.timeline th, table.timeline td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #eaeef2;
                   white-space: nowrap; }
            td.bar-cell, th.bar-cell { width: 45%; }
            .bar { height: 12px; border-radius: 6px; min-width: 3px; }
            tr.note td { color: #57606a; font-style: italic; border-bottom: none; }
            dl.concepts dt { font-weight: 700; margin-top: 1em; }
            dl.concepts dd { margin-left: 1.2em; }
            .analogy { color: #57606a; font-style: italic; }
            .why { color: #9a6700; }
            .quiet { color: #6e7781; }
            section.log h3 { margin-bottom: 0.2em; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 1em; }
            pre { background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 6px; padding: 8px 10px;
                  overflow-x: auto; font-size: 0.85em; }
            footer { margin: 3em 0 1em; color: #6e7781; font-size: 0.9em; }
            """;
}
