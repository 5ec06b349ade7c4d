#!/usr/bin/env node
// copydesk's command-line entry: runs the compiled CLI and turns every failure into a message and an
// exit code (2), never a stack trace (set DEBUG=copydesk to see one).
import { main } from '../dist/copydesk.js';

process.stdout.on('error', (error) => {
  // A closed pipe (`copydesk … | head`) is not an error of ours.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error?.name === 'UsageError') {
    process.stderr.write(`copydesk: ${error.message}\nRun copydesk --help for usage.\n`);
  } else {
    process.stderr.write(`copydesk: internal error: ${error?.message ?? error}\n`);
    if (process.env.DEBUG?.includes('copydesk')) process.stderr.write(`${error?.stack}\n`);
    else process.stderr.write('Please report it with the command you ran; DEBUG=copydesk shows the stack.\n');
  }
  process.exitCode = 2;
}
