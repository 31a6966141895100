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
        int firstEnd = lineEnd(text, 0);
        if (isFence(text, 0, firstEnd, "+++")) {
            return new Result(null, Diagnostic.error(path, 1, 1, "TOML front matter ('+++') is not supported:"
                    + " write the fields as YAML between '---' lines"));
        }
        if (!isFence(text, 0, firstEnd)) {
            return new Result(new FrontMatterBlock(null, 1, text, 1), null);
        }
        int yamlStart = Math.min(text.length(), firstEnd + 1);
        int lineStart = yamlStart;
        int line = 2;
        // Compares lines in place: a large body is never copied line by line.
        while (lineStart < text.length()) {
            int end = lineEnd(text, lineStart);
            if (isFence(text, lineStart, end) || text.startsWith("...", lineStart)
                    && text.substring(lineStart, end).strip().equals("...")) {
                String body = end >= text.length() ? "" : text.substring(end + 1);
                return new Result(new FrontMatterBlock(text.substring(yamlStart, lineStart), 2, body, line + 1), null);
            }
            lineStart = end + 1;
            line++;
        }
        return new Result(null, Diagnostic.error(path, 1, 1,
                "front matter opened here never closes: add a line '---' after the last field"));
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    /** A line holding "---" and nothing but trailing blanks. */
    private static boolean isFence(String text, int start, int end) {
        return isFence(text, start, end, "---");
    }

    private static boolean isFence(String text, int start, int end, String fence) {
        if (!text.startsWith(fence, start)) {
            return false;
        }
        for (int i = start + fence.length(); i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    public record Result(FrontMatterBlock block, Diagnostic failure) {
    }
}
