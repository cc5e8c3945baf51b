#!/usr/bin/env node
// pc-charts command line: dispatches a subcommand to its module in dist/cli/ (built by npm run build).
const COMMANDS = {
  render: () => import('../dist/cli/render.js'),
};

const [command, ...args] = process.argv.slice(2);
if (!command || command === '--help' || command === '-h' || !(command in COMMANDS)) {
  const known = Object.keys(COMMANDS).join(', ');
  const out = command && !command.startsWith('-') ? console.error : console.log;
  if (command && !command.startsWith('-')) out(`Unknown command "${command}".`);
  out(`Usage: pc-charts <command> [options]\nCommands: ${known}\nRun pc-charts <command> --help for its options.`);
  process.exitCode = command && !command.startsWith('-') ? 2 : 0;
} else {
  const { main } = await COMMANDS[command]();
  process.exitCode = await main(args);
}
