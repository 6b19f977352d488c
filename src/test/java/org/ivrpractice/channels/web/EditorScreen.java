package org.ivrpractice.channels.web;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The flow editor page as a person uses it: typing in the text, reading the problems underlined and
 * listed, pressing the buttons. Where a person would click into the text, the test puts the cursor
 * through CodeMirror's view (a click at a character is brittle); keys are real key presses.
 */
final class EditorScreen {

  private static final String VIEW =
      "var view = CM.EditorView.findFromDOM(document.querySelector('#editor .cm-editor'));";

  private final WebDriver driver;
  private final WebDriverWait wait;

  EditorScreen(WebDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
  }

  EditorScreen open(String url) {
    driver.get(url);
    wait.until(d -> !d.findElements(By.cssSelector("#editor .cm-content")).isEmpty());
    return this;
  }

  WebElement byId(String id) {
    return driver.findElement(By.id(id));
  }

  private Object script(String body, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(VIEW + body, args);
  }

  /** Puts the cursor just after the first {@code text} in the file, in the focused editor. */
  EditorScreen cursorAfter(String text) {
    Object found =
        script(
            "var at = view.state.doc.toString().indexOf(arguments[0]);"
                + "if (at < 0) return false;"
                + "view.dispatch({selection: {anchor: at + arguments[0].length}});"
                + "view.focus(); return true;",
            text);
    if (!Boolean.TRUE.equals(found)) {
      throw new AssertionError("the editor has no " + text);
    }
    return this;
  }

  /** Types on the keyboard, where the cursor is. */
  EditorScreen type(CharSequence... keys) {
    new Actions(driver).sendKeys(keys).perform();
    return this;
  }

  EditorScreen backspace() {
    return type(Keys.BACK_SPACE);
  }

  String text() {
    return (String) script("return view.state.doc.toString();");
  }

  /** The line the cursor is on. */
  long cursorLine() {
    return (Long) script("return view.state.doc.lineAt(view.state.selection.main.head).number;");
  }

  /** The underlined places of this severity, each as {@code line:text}. */
  @SuppressWarnings("unchecked")
  List<String> underlined(String severity) {
    return (List<String>)
        script(
            "return Array.from(document.querySelectorAll('#editor .cm-lintRange-' + arguments[0]))"
                + ".map(function (e) { var at = view.posAtDOM(e);"
                + " return view.state.doc.lineAt(at).number + ':' + e.textContent; });",
            severity);
  }

  List<WebElement> problems() {
    return driver.findElements(By.cssSelector("#problems li"));
  }

  /** Waits until the list shows this many problems (0: the "No problems" line). */
  EditorScreen waitForProblems(int count) {
    wait.until(
        d ->
            problems().size() == count
                && (count > 0 || byId("problems-empty").getText().startsWith("No problems")));
    return this;
  }

  EditorScreen waitForText(String id, String text) {
    wait.until(d -> byId(id).getText().contains(text));
    return this;
  }

  EditorScreen click(String id) {
    wait.until(d -> byId(id).isEnabled());
    byId(id).click();
    return this;
  }
}
