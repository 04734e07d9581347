// Starts `brief lsp` for Markdown and YAML files; the server itself finds each file's
// site (the nearest brief.yaml above it) and ignores files outside any site.
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const command = vscode.workspace.getConfiguration('brief').get('path') || 'brief';
  client = new LanguageClient(
    'brief',
    'brief',
    { command, args: ['lsp'] },
    {
      documentSelector: [
        { scheme: 'file', language: 'markdown' },
        { scheme: 'file', pattern: '**/seeds/*.txt' },
        { scheme: 'file', pattern: '**/brief.yaml' },
      ],
      synchronize: {
        // Every file of a site's inputs: briefs by any Markdown extension, sections,
        // seeds, and folders that come and go (the server sorts them as the loader does).
        fileEvents: vscode.workspace.createFileSystemWatcher('**/{brief.yaml,content/**,seeds/**,themes/**,static/**}'),
      },
    },
  );
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
