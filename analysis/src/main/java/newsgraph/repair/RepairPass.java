package newsgraph.repair;

import java.util.List;
import newsgraph.document.Repair;

/** One kind of repair, run over the whole text. Implementations hold no per-text state. */
interface RepairPass {

  /** The kind recorded for every change this pass makes. */
  Repair.Kind kind();

  /**
   * Appends to {@code edits} the changes this pass makes to {@code text}, in text order and not
   * overlapping. Appends nothing when the text needs no change of this kind.
   */
  void findEdits(String text, List<Edit> edits);
}
