package org.evidencepress.cli;

import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;

/**
 * Help that writes an option and its value apart, {@code --source DIR}, as README and the
 * docs do and as authors type it; the parser still takes {@code --source=DIR} too.
 */
final class SpacedHelp extends Help {
    SpacedHelp(CommandSpec spec, ColorScheme colors) {
        super(spec, colors);
    }

    @Override
    public IParamLabelRenderer parameterLabelRenderer() {
        IParamLabelRenderer attached = super.parameterLabelRenderer();
        return new IParamLabelRenderer() {
            @Override
            public Ansi.Text renderParameterLabel(ArgSpec arg, Ansi ansi, List<Ansi.IStyle> styles) {
                Ansi.Text label = attached.renderParameterLabel(arg, ansi, styles);
                String separator = attached.separator();
                return arg.isOption() && label.plainString().startsWith(separator)
                        ? ansi.text(" ").concat(label.substring(separator.length())) : label;
            }

            @Override
            public String separator() {
                return " ";
            }
        };
    }
}
