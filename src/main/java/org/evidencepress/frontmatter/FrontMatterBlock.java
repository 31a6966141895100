package org.evidencepress.frontmatter;

import org.evidencepress.diagnostic.Diagnostic;

/**
 * A content file cut into its YAML front matter and Markdown body. Line numbers are
 * 1-based lines of the file, so positions inside either part can be mapped back to it.
 *
 * @param yaml the front matter text, or null when the file has none
 */
public record FrontMatterBlock(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

    /** Splits at the {@code ---} lines; a block that never closes is a diagnostic. */
    public static Result split(String path, String text) {
        if (!isFence(firstLine(text))) {
            return new Result(new FrontMatterBlock(null, 1, text, 1), null);
        }
        int lineStart = text.indexOf('\n') + 1;
        int line = 2;
        while (lineStart > 0 && lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            String current = lineEnd < 0 ? text.substring(lineStart) : text.substring(lineStart, lineEnd);
            if (isFence(current) || current.strip().equals("...")) {
                String yaml = text.substring(text.indexOf('\n') + 1, lineStart);
                String body = lineEnd < 0 ? "" : text.substring(lineEnd + 1);
                return new Result(new FrontMatterBlock(yaml, 2, body, line + 1), null);
            }
            if (lineEnd < 0) {
                break;
            }
            lineStart = lineEnd + 1;
            line++;
        }
        return new Result(null, Diagnostic.error(path, 1, 1,
                "front matter opened here never closes: add a line '---' after the last field"));
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static boolean isFence(String line) {
        return line.stripTrailing().equals("---");
    }

    public record Result(FrontMatterBlock block, Diagnostic failure) {
    }
}
