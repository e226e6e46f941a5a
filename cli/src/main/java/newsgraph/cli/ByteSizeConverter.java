package newsgraph.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads sizes like {@code 500KB}, {@code 20MB}, {@code 1GB} or a plain byte count. */
final class ByteSizeConverter implements ITypeConverter<Long> {
  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|KB|K|MB|M|GB|G)?");

  @Override
  public Long convert(String value) {
    Matcher m = SIZE.matcher(value.strip().toUpperCase(Locale.ROOT));
    if (!m.matches()) {
      throw new TypeConversionException("'" + value + "' is not a size such as 500KB or 20MB");
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "B" : m.group(2);
    long bytes = switch (unit.charAt(0)) {
      case 'K' -> n * 1024;
      case 'M' -> n * 1024 * 1024;
      case 'G' -> n * 1024 * 1024 * 1024;
      default -> n;
    };
    if (bytes < 1) throw new TypeConversionException("size must be positive, got '" + value + "'");
    return bytes;
  }
}
