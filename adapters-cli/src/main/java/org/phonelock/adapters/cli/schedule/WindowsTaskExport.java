package org.phonelock.adapters.cli.schedule;

import java.io.StringWriter;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A Windows Task Scheduler task (Task Scheduler schema, namespace {@value #NAMESPACE}) for {@code
 * schtasks /Create /XML FILE /TN NAME}: a time trigger repeating every few minutes without end;
 * {@code StartWhenAvailable} starts a run missed while the machine was off; a run still going
 * when the next is due makes that one wait ({@code IgnoreNew}). Built with the JDK's DOM, so any
 * path is escaped. Element order follows the schema's sequences (triggerBaseType, execType).
 */
final class WindowsTaskExport {
  /** The Task Scheduler schema namespace. */
  static final String NAMESPACE = "http://schemas.microsoft.com/windows/2004/02/mit/task";

  private WindowsTaskExport() {}

  static List<ExportedFile> files(ExportRequest request) {
    return List.of(new ExportedFile(request.unitName() + ".xml", xml(request, "UTF-16"), true));
  }

  /** The document; {@code encoding} only names the declaration's encoding. */
  static String xml(ExportRequest request, String encoding) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      Document document = factory.newDocumentBuilder().newDocument();
      Element task = element(document, document, "Task");
      task.setAttribute("version", "1.2");
      Element info = element(document, task, "RegistrationInfo");
      text(document, info, "Description", "phonelock schedule "
          + request.schedulePath() + ": applies the locks and"
          + " unlocks that are due, " + request.period());
      Element trigger = element(document, element(document, task, "Triggers"), "TimeTrigger");
      text(document, trigger, "Enabled", "true");
      text(document, trigger, "StartBoundary", request.today() + "T00:00:00");
      Element repetition = element(document, trigger, "Repetition");
      text(document, repetition, "Interval", "PT" + request.everyMinutes() + "M");
      text(document, repetition, "StopAtDurationEnd", "false");
      Element principal = element(document, element(document, task, "Principals"), "Principal");
      principal.setAttribute("id", "Author");
      text(document, principal, "RunLevel", "LeastPrivilege");
      settings(document, element(document, task, "Settings"));
      Element actions = element(document, task, "Actions");
      actions.setAttribute("Context", "Author");
      Element exec = element(document, actions, "Exec");
      text(document, exec, "Command", request.executable());
      text(document, exec, "Arguments", Quoting.join(request.runArguments(), Quoting::windows));
      return write(document, encoding);
    } catch (ParserConfigurationException | TransformerException e) {
      throw new IllegalStateException("the JDK's XML support failed", e);
    }
  }

  private static void settings(Document document, Element settings) {
    text(document, settings, "MultipleInstancesPolicy", "IgnoreNew");
    text(document, settings, "DisallowStartIfOnBatteries", "false");
    text(document, settings, "StopIfGoingOnBatteries", "false");
    text(document, settings, "StartWhenAvailable", "true");
    text(document, settings, "RunOnlyIfNetworkAvailable", "false");
    text(document, settings, "Enabled", "true");
    text(document, settings, "ExecutionTimeLimit", "PT1H");
  }

  private static Element element(Document document, org.w3c.dom.Node parent, String name) {
    Element element = document.createElementNS(NAMESPACE, name);
    parent.appendChild(element);
    return element;
  }

  private static void text(Document document, Element parent, String name, String value) {
    element(document, parent, name).setTextContent(value);
  }

  private static String write(Document document, String encoding) throws TransformerException {
    TransformerFactory factory = TransformerFactory.newInstance();
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
    Transformer transformer = factory.newTransformer();
    transformer.setOutputProperty(OutputKeys.INDENT, "yes");
    transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
    transformer.setOutputProperty(OutputKeys.ENCODING, encoding);
    transformer.setOutputProperty(OutputKeys.STANDALONE, "no");
    StringWriter text = new StringWriter();
    transformer.transform(new DOMSource(document), new StreamResult(text));
    return text.toString();
  }
}
