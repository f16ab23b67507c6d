package io.clausewatch.gateway.feed;

import io.clausewatch.events.DocumentChanged;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes changes as an Atom 1.0 feed. Entry ids are derived from change ids, which never change, so
 * a feed reader never shows one change twice.
 */
public final class AtomWriter {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomWriter() {}

    public static String write(
            String feedUrl, String siteUrl, Instant updated, List<DocumentChanged> changes) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "id", "urn:clausewatch:feed:changes");
            element(xml, "title", "Clausewatch: changes to platform terms and policies");
            element(xml, "updated", updated.toString());
            link(xml, "self", feedUrl);
            link(xml, "alternate", siteUrl);
            xml.writeStartElement("author");
            element(xml, "name", "Clausewatch");
            xml.writeEndElement();
            for (DocumentChanged change : changes) {
                entry(xml, siteUrl, change);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the Atom feed", e);
        }
        return out.toString();
    }

    /** The id of a change's entry: the same in every feed, for ever. */
    public static String entryId(DocumentChanged change) {
        return "urn:clausewatch:change:" + change.changeId();
    }

    private static void entry(XMLStreamWriter xml, String siteUrl, DocumentChanged change)
            throws XMLStreamException {
        xml.writeStartElement("entry");
        element(xml, "id", entryId(change));
        element(xml, "title", change.documentId() + ": " + headline(change));
        element(xml, "updated", change.capturedAt().toString());
        link(xml, "alternate", siteUrl + "changes/" + change.changeId());
        if (change.summary() != null && change.summary().topics() != null) {
            for (String topic : change.summary().topics()) {
                xml.writeEmptyElement("category");
                xml.writeAttribute("term", topic);
            }
        }
        element(xml, "summary", summary(change));
        xml.writeEndElement();
    }

    private static String headline(DocumentChanged change) {
        return change.summary() == null || change.summary().headline() == null
                ? "version " + change.toVersion()
                : change.summary().headline();
    }

    private static String summary(DocumentChanged change) {
        StringBuilder text =
                new StringBuilder()
                        .append(change.significance())
                        .append(" change, version ")
                        .append(change.fromVersion())
                        .append(" → ")
                        .append(change.toVersion());
        if (change.summary() != null) {
            text.append(". ")
                    .append(change.summary().provisionsChanged())
                    .append(" provision(s) changed");
            if (change.summary().signals() != null && !change.summary().signals().isEmpty()) {
                text.append("; signals: ").append(String.join(", ", change.summary().signals()));
            }
        }
        return text.append('.').toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text)
            throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href)
            throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }
}
