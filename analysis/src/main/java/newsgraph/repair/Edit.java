package newsgraph.repair;

/**
 * One change a pass wants to make: UTF-16 range {@code [start, end)} of the pass's input becomes
 * {@code replacement}. Passes never split a surrogate pair and never touch a newline.
 */
record Edit(int start, int end, String replacement) {
  Edit {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("invalid edit [" + start + ", " + end + ")");
    }
  }
}
