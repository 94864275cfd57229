import ts from "typescript";

/** What one source file does with the AWS SDK, read from its syntax tree (so formatting and aliases do not hide it). */
export interface SdkUsage {
  /** Every module the file loads whose name starts with `@aws-sdk/` or `@smithy/`, and how. */
  sdkModules: { module: string; how: "import" | "export" | "dynamic import" | "require" }[];
  /** `import(x)` / `require(x)` with a computed name: what it loads cannot be checked. */
  computedLoads: number;
  /** `XCommand` names taken from an SDK module: named imports (by their exported name) and `ns.XCommand`. */
  commands: { module: string; name: string }[];
  /** A namespace import used other than as `ns.Member`: every command of that client is reachable through it. */
  namespaceEscapes: { module: string; line: number }[];
  /** Any `.send`, `["send"]` or `{ send }`: the way a client sends a command. */
  sendAccesses: number[];
  /** `new XCommand(…)` constructions (any class whose name ends in Command, besides commander's `Command`). */
  commandConstructions: { name: string; line: number }[];
}

const isSdkModule = (name: string) => /^@(aws-sdk|smithy)\//.test(name);
const commandName = /^[A-Z]\w*Command$/;

export function sdkUsageOf(fileName: string, text: string): SdkUsage {
  const kind = /\.tsx$/.test(fileName)
    ? ts.ScriptKind.TSX
    : /\.m?js$/.test(fileName)
      ? ts.ScriptKind.JS
      : ts.ScriptKind.TS;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
  const usage: SdkUsage = {
    sdkModules: [],
    computedLoads: 0,
    commands: [],
    namespaceEscapes: [],
    sendAccesses: [],
    commandConstructions: [],
  };
  const namespaces = new Map<string, string>();
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;

  const load = (argument: ts.Expression | undefined, how: "dynamic import" | "require") => {
    if (argument && ts.isStringLiteralLike(argument)) {
      if (isSdkModule(argument.text)) usage.sdkModules.push({ module: argument.text, how });
    } else {
      usage.computedLoads += 1;
    }
  };

  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const moduleName = node.moduleSpecifier.text;
      if (isSdkModule(moduleName)) {
        usage.sdkModules.push({ module: moduleName, how: "import" });
        const bindings = node.importClause?.namedBindings;
        if (bindings && ts.isNamespaceImport(bindings)) namespaces.set(bindings.name.text, moduleName);
        if (bindings && ts.isNamedImports(bindings)) {
          for (const element of bindings.elements) {
            const exported = (element.propertyName ?? element.name).text;
            if (commandName.test(exported)) usage.commands.push({ module: moduleName, name: exported });
          }
        }
      }
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier) &&
      isSdkModule(node.moduleSpecifier.text)
    ) {
      usage.sdkModules.push({ module: node.moduleSpecifier.text, how: "export" });
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      load(node.moduleReference.expression, "require");
    } else if (ts.isCallExpression(node)) {
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword) load(node.arguments[0], "dynamic import");
      else if (ts.isIdentifier(node.expression) && node.expression.text === "require")
        load(node.arguments[0], "require");
    } else if (ts.isNewExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : "";
      if (commandName.test(name)) usage.commandConstructions.push({ name, line: lineOf(node) });
    } else if (ts.isPropertyAccessExpression(node) && node.name.text === "send") {
      usage.sendAccesses.push(lineOf(node));
    } else if (
      ts.isElementAccessExpression(node) &&
      ts.isStringLiteralLike(node.argumentExpression) &&
      node.argumentExpression.text === "send"
    ) {
      usage.sendAccesses.push(lineOf(node));
    } else if (
      ts.isBindingElement(node) &&
      ((node.propertyName && ts.isIdentifier(node.propertyName) && node.propertyName.text === "send") ||
        (!node.propertyName && ts.isIdentifier(node.name) && node.name.text === "send"))
    ) {
      usage.sendAccesses.push(lineOf(node));
    }

    if (ts.isIdentifier(node) && namespaces.has(node.text) && !ts.isNamespaceImport(node.parent)) {
      const parent = node.parent;
      const moduleName = namespaces.get(node.text)!;
      if (ts.isPropertyAccessExpression(parent) && parent.expression === node) {
        if (commandName.test(parent.name.text)) usage.commands.push({ module: moduleName, name: parent.name.text });
      } else if (
        ts.isElementAccessExpression(parent) &&
        parent.expression === node &&
        ts.isStringLiteralLike(parent.argumentExpression)
      ) {
        if (commandName.test(parent.argumentExpression.text))
          usage.commands.push({ module: moduleName, name: parent.argumentExpression.text });
      } else {
        usage.namespaceEscapes.push({ module: moduleName, line: lineOf(node) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return usage;
}
