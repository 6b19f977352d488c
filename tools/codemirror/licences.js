// Writes the licence of every package esbuild put in the bundle (read from its metafile), each
// under its name and version, to stdout.
const fs = require("fs");
const path = require("path");
const meta = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const packages = new Set();
for (const input of Object.keys(meta.inputs)) {
  const m = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  if (m) packages.add(m[1]);
}
const parts = ["The editor bundle (codemirror.js) is built from these packages, each under its own licence.\n"];
for (const name of [...packages].sort()) {
  const dir = path.join("node_modules", name);
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
  const file = fs.readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  if (!file) throw new Error(name + " ships no licence file");
  parts.push("=".repeat(78) + "\n" + name + " " + pkg.version + " (" + pkg.license + ")\n"
    + "=".repeat(78) + "\n\n" + fs.readFileSync(path.join(dir, file), "utf8").trim() + "\n");
}
process.stdout.write(parts.join("\n"));
