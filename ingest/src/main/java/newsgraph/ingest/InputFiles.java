package newsgraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One command-line input to the files it names: a file, a folder (recursed, in name order,
 * hidden files and folders left out) or a glob such as {@code data/**.txt}.
 */
final class InputFiles {
  private InputFiles() {}

  static List<Path> expand(String input, ArticleSink sink) {
    Path path = Paths.get(input);
    if (Files.isRegularFile(path)) return List.of(path);
    if (Files.isDirectory(path)) {
      List<Path> files = walk(path, p -> true, input, sink);
      if (files.isEmpty()) sink.skip(input, "folder holds no files to read");
      return files;
    }
    if (isGlob(input)) {
      List<Path> files = expandGlob(input, sink);
      if (files.isEmpty()) sink.skip(input, "no file matches this pattern");
      return files;
    }
    sink.skip(input, Files.exists(path) ? "not a regular file or folder" : "no such file or folder");
    return List.of();
  }

  private static boolean isGlob(String input) {
    return input.indexOf('*') >= 0 || input.indexOf('?') >= 0 || input.indexOf('[') >= 0
        || input.indexOf('{') >= 0;
  }

  private static List<Path> expandGlob(String glob, ArticleSink sink) {
    // Walk from the deepest folder named before the first wildcard.
    int wildcard = firstWildcard(glob);
    int slash = glob.lastIndexOf('/', wildcard);
    Path base = slash < 0 ? Paths.get(".") : Paths.get(slash == 0 ? "/" : glob.substring(0, slash));
    if (!Files.isDirectory(base)) return List.of();
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    Path prefix = slash < 0 ? Paths.get(".") : null;
    return walk(base, p -> matcher.matches(prefix == null ? p : prefix.relativize(p)), glob, sink);
  }

  private static int firstWildcard(String s) {
    for (int i = 0; i < s.length(); i++) {
      if ("*?[{".indexOf(s.charAt(i)) >= 0) return i;
    }
    return s.length();
  }

  private static List<Path> walk(Path root, java.util.function.Predicate<Path> keep, String input,
      ArticleSink sink) {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> all = Files.walk(root)) {
      all.filter(p -> !isHidden(root, p))
          .filter(Files::isRegularFile)
          .filter(keep)
          .sorted()
          .forEach(files::add);
    } catch (IOException | UncheckedIOException e) {
      sink.skip(input, "cannot list folder: " + e.getMessage());
    }
    return files;
  }

  private static boolean isHidden(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) return true;
    }
    return false;
  }
}
