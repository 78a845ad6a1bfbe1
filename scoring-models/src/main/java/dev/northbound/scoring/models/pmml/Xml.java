package dev.northbound.scoring.models.pmml;

import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A small indenting wrapper over a StAX writer: two spaces per level, {@code \n} line ends. */
final class Xml {

  private final XMLStreamWriter w;
  private final Deque<Boolean> open = new ArrayDeque<>();
  private boolean childless;

  Xml(XMLStreamWriter w) throws XMLStreamException {
    this.w = w;
    w.writeStartDocument("UTF-8", "1.0");
  }

  /** Starts an element that will have children. */
  Xml start(String name) throws XMLStreamException {
    indent();
    w.writeStartElement(name);
    open.push(Boolean.TRUE);
    childless = true;
    return this;
  }

  /** Writes an element without children. */
  Xml empty(String name) throws XMLStreamException {
    indent();
    w.writeEmptyElement(name);
    childless = false;
    return this;
  }

  Xml namespace(String uri) throws XMLStreamException {
    w.setDefaultNamespace(uri);
    w.writeDefaultNamespace(uri);
    return this;
  }

  Xml attr(String name, String value) throws XMLStreamException {
    w.writeAttribute(name, value);
    return this;
  }

  /** Writes text inside the element just started; it stays on the element's line. */
  Xml text(String text) throws XMLStreamException {
    w.writeCharacters(text);
    return this;
  }

  void end() throws XMLStreamException {
    open.pop();
    if (!childless) {
      indent();
    }
    w.writeEndElement();
    childless = false;
  }

  void close() throws XMLStreamException {
    w.writeCharacters("\n");
    w.writeEndDocument();
    w.close();
  }

  private void indent() throws XMLStreamException {
    w.writeCharacters("\n" + "  ".repeat(open.size()));
  }
}
