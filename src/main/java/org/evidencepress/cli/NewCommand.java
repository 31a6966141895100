package org.evidencepress.cli;

import org.evidencepress.site.Term;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "new", description = "Scaffolds a review: content/reviews/<slug>.md with every field explained.")
final class NewCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TITLE", description = "Title of the review.")
    String title;

    @Option(names = {"-s", "--source"}, description = "The site folder (default: the working folder).")
    Path source;

    @Override
    public Integer call() {
        if (title.isBlank()) {
            System.err.println("evpress: the title must not be empty");
            return ExitCode.USAGE.code;
        }
        String slug = Term.slugify(title.strip());
        Path site = (source == null ? Path.of("") : source).toAbsolutePath().normalize();
        Path file = site.resolve("content/reviews/" + slug + ".md");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, ReviewScaffold.text(title.strip(), LocalDate.now()), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            System.err.println("evpress: " + site.relativize(file) + " already exists; choose another title");
            return ExitCode.USAGE.code;
        } catch (IOException e) {
            System.err.println("evpress: cannot write " + file + ": " + e.getMessage());
            return ExitCode.USAGE.code;
        }
        System.out.println("created " + site.relativize(file).toString().replace('\\', '/'));
        return ExitCode.OK.code;
    }
}
