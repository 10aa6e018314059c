import { expect } from 'chai';
import { detectCommand } from '../../../src/dialogs/commands';

describe('detectCommand', () => {
  const cases: Array<[string, string | null]> = [
    ['help', 'help'],
    ['Help!', 'help'],
    ['what can you do?', 'help'],
    ['ayuda', 'help'],
    ['¿Qué puedes hacer?', 'help'],
    ['cancel', 'cancel'],
    ['please cancel', 'cancel'],
    ['Never mind', 'cancel'],
    ['cancelar', 'cancel'],
    ['start over', 'startOver'],
    ['can we start over please', 'startOver'],
    ['Empezar de nuevo', 'startOver'],
    // Requests that merely contain a command word are requests, not commands.
    ['I need help with grief', null],
    ['necesito ayuda con mi duelo', null],
    ['how do I stop drinking', null],
    ['help me find a group in Austin', null],
    ['', null],
  ];
  for (const [text, command] of cases) {
    it(`"${text}" → ${String(command)}`, () => {
      expect(detectCommand(text)).to.equal(command);
    });
  }
});
