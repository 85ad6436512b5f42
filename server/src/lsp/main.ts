// Process entry of the server bundle (dist/server.js): IPC when started by the client, `--stdio` otherwise.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
