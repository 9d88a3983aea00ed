package dev.pipewright.learn;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Checks of a lesson page, for the tests of the writer, the command line and the window. */
public final class LessonPages {

    private LessonPages() {
    }

    /** Parses the page as XML (it must be well-formed) without fetching anything. */
    public static Document parse(String html) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    /** No element refers to anything outside the page. */
    public static void assertSelfContained(Document page, String html) {
        NodeList all = page.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            for (String attribute : List.of("src", "href", "xlink:href", "action", "data")) {
                String value = e.getAttribute(attribute);
                assertFalse(value.contains("//") || value.startsWith("http"), "<" + e.getTagName() + " " + attribute
                        + "=\"" + value + "\"> reaches out of the page");
            }
            assertFalse(List.of("script", "link", "img", "iframe", "object", "embed").contains(e.getTagName()),
                    "no " + e.getTagName() + " element: the page stands alone");
        }
        assertFalse(html.contains("url(") || html.contains("@import"), "no style fetches anything");
    }

}
