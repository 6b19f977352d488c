// What the editor page (app/editor.js) uses of CodeMirror 6, exposed as window.CM by build.sh.
export { EditorView, keymap } from "@codemirror/view";
export { EditorState, EditorSelection } from "@codemirror/state";
export { basicSetup } from "codemirror";
export { indentWithTab } from "@codemirror/commands";
export { yaml } from "@codemirror/lang-yaml";
export { linter, lintGutter, setDiagnostics, forEachDiagnostic, diagnosticCount } from "@codemirror/lint";
