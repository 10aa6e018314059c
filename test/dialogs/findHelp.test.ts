import { AutoSaveStateMiddleware, ConversationState, MemoryStorage, UserState } from 'botbuilder';
import { ConversationMemory } from '../../src/bots/conversationMemory';
import { UserProfile } from '../../src/bots/userProfile';
import { MainDialog } from '../../src/dialogs/mainDialog';
import { Directory } from '../../src/directory/directory';
import { loadDirectory } from '../../src/directory/shipped';
import { MemoryFeedbackStore } from '../../src/feedback';
import { playConversation, type Step } from '../helpers/conversation';

const directory: Directory = loadDirectory({ directoryFiles: [] });

/** The main dialog on its own, with the state it needs saved after every turn (the bot does that in the app). */
function setup() {
  const storage = new MemoryStorage();
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const dialog = new MainDialog({
    directory,
    defaultCountry: 'US',
    feedback: new MemoryFeedbackStore(),
    memory: new ConversationMemory(conversationState),
    profile: new UserProfile(userState),
    forget: async () => undefined,
  });
  return { dialog, middlewares: [new AutoSaveStateMiddleware(conversationState, userState)] };
}

const ASK_NEED = /what kind of support are you looking for/i;
const ASK_PLACE = /where should i look for/i;
const NEXT = /was this helpful/i;

describe('find-help dialog (botbuilder-testing)', () => {
  const conversations: Array<{ name: string; locale?: string; steps: Step[] }> = [
    {
      name: 'asks for the need, then the place, then shows results',
      steps: [
        ['hi', [ASK_NEED]],
        ['a support group', [/where should i look for support groups/i]],
        ['online is fine', [/Here is what I found for support groups/i, /NAMI|DBSA/, NEXT]],
      ],
    },
    {
      name: 'goes straight to the place question when the first message names the need',
      steps: [
        ['my mom died and I need grief support', [/where should i look for grief and loss support/i]],
        ['online', [/Here is what I found for grief and loss support/i, /Compassionate Friends|GriefShare/, NEXT]],
      ],
    },
    {
      name: 'goes straight to results when need and "online" come in one message',
      steps: [
        [
          'any free grief groups? online is fine',
          [/Here is what I found for grief and loss support/i, /Compassionate Friends|GriefShare/, NEXT],
        ],
      ],
    },
    {
      name: 'offers national options when nothing local is known for a named place',
      steps: [
        [
          'domestic violence help in Chicago',
          [/couldn't find domestic violence support in my directory for that place/i, /National Domestic Violence Hotline/, NEXT],
        ],
      ],
    },
    {
      name: 'retries gently, with suggestions, when the need is not understood',
      steps: [
        ['hello', [ASK_NEED]],
        ['hmm not sure', [/not sure I understood/i]],
        ['veterans', [/where should i look for support for veterans/i]],
      ],
    },
    {
      name: 'never dead-ends: after two answers it cannot place, it says so and shows what works anywhere',
      steps: [
        ['I need therapy', [ASK_PLACE]],
        ['xyzzy', [/couldn't find that place/i]],
        ['qwerty', [/still couldn't find that place/i, /counselling and therapy that you can reach online or by phone/i, /./, NEXT]],
      ],
    },
    {
      name: 'help at a prompt explains, then asks the same question again',
      steps: [
        ['I need therapy', [ASK_PLACE]],
        ['help', [/I help you find support groups/i, ASK_PLACE]],
        ['online', [/counselling and therapy that you can reach online/i, /./, NEXT]],
      ],
    },
    {
      name: 'cancel at a prompt stops the flow',
      steps: [
        ['I need therapy', [ASK_PLACE]],
        ['cancel', [/I've stopped/i]],
        ['hello', [ASK_NEED]],
      ],
    },
    {
      name: 'start over at a prompt begins again',
      steps: [
        ['I need therapy', [ASK_PLACE]],
        ['start over', [/let's start again/i, ASK_NEED]],
        ['grief', [/where should i look for grief/i]],
      ],
    },
    {
      name: 'help as the very first message explains and asks what is needed',
      steps: [['help', [/I help you find support groups/i, ASK_NEED]]],
    },
    {
      name: 'speaks Spanish when the locale is Spanish',
      locale: 'es-US',
      steps: [
        ['hola', [/qué tipo de apoyo estás buscando/i]],
        ['busco un grupo de apoyo', [/dónde busco grupos de apoyo/i]],
        ['en línea', [/Esto es lo que encontré de grupos de apoyo/i, /./, /te sirvió/i]],
      ],
    },
    {
      name: 'understands Spanish commands',
      locale: 'es-MX',
      steps: [
        ['necesito terapia', [/dónde busco terapia/i]],
        ['empezar de nuevo', [/empecemos de nuevo/i, /qué tipo de apoyo/i]],
        ['cancelar', [/lo dejo aquí/i]],
      ],
    },
  ];

  for (const conversation of conversations) {
    it(conversation.name, () => {
      const { dialog, middlewares } = setup();
      return playConversation(dialog, conversation.steps, { locale: conversation.locale, middlewares });
    });
  }
});
