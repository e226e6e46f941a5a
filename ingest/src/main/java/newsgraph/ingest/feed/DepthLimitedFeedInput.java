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

  DepthLimitedFeedInput() {
    setAllowDoctypes(false); // Rome's default, stated here because the safety rests on it
  }

  @Override
  protected SAXBuilder createSAXBuilder() {
    SAXBuilder builder = super.createSAXBuilder();
    builder.setXMLFilter(new DepthFilter());
    return builder;
  }

  private static final class DepthFilter extends XMLFilterImpl {
    private Locator locator;
    private int depth;

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
      super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
      depth--;
      super.endElement(uri, localName, qName);
    }
  }
}
