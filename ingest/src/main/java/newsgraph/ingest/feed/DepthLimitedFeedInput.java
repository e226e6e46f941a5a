package newsgraph.ingest.feed;

import com.rometools.rome.io.SAXBuilder;
import com.rometools.rome.io.WireFeedInput;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Rome's feed input with a limit on element nesting. The XML parser itself streams, but Rome and
 * JDOM then copy and print elements recursively (foreign markup, Atom XHTML content), so a feed
 * nested some thousands deep would end in a StackOverflowError; here it is refused at the element
 * that goes too deep, with its line and column. Real feeds nest a few dozen deep at most.
 * DOCTYPEs stay refused (Rome's default), so entities are never expanded.
 */
final class DepthLimitedFeedInput extends WireFeedInput {
  static final int MAX_DEPTH = 256;
  private static final java.util.Set<String> DATES = java.util.Set.of("pubDate", "published", "updated", "date",
      "issued", "modified");

  /**
   * Each item's (RSS item, Atom entry) date texts as written, in order: Rome gives instants only,
   * and the day of an item must be taken at the item's own offset.
   */
  final java.util.List<java.util.List<String>> itemDates = new java.util.ArrayList<>();

  DepthLimitedFeedInput() {
    setAllowDoctypes(false); // Rome's default, stated here because the safety rests on it
  }

  @Override
  protected SAXBuilder createSAXBuilder() {
    SAXBuilder builder = super.createSAXBuilder();
    builder.setXMLFilter(new DepthFilter());
    return builder;
  }

  private final class DepthFilter extends XMLFilterImpl {
    private Locator locator;
    private int depth;
    private int itemDepth = -1;
    private StringBuilder date;

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
      super.setDocumentLocator(locator);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
      if (++depth > MAX_DEPTH) {
        throw new SAXParseException("elements nested more than " + MAX_DEPTH + " deep", locator);
      }
      if (itemDepth < 0 && (localName.equals("item") || localName.equals("entry"))) {
        itemDepth = depth;
        itemDates.add(new java.util.ArrayList<>());
      } else if (itemDepth >= 0 && depth == itemDepth + 1 && DATES.contains(localName)) {
        date = new StringBuilder();
      }
      super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      if (date != null && date.length() < 200) date.append(ch, start, length);
      super.characters(ch, start, length);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
      if (date != null && depth == itemDepth + 1) {
        itemDates.get(itemDates.size() - 1).add(date.toString().strip());
        date = null;
      }
      if (depth == itemDepth) itemDepth = -1;
      depth--;
      super.endElement(uri, localName, qName);
    }
  }
}
