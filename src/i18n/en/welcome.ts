/** English: welcome. */
export const welcome = {
  intro:
    "Hi, I'm Kindred. I'm an automated assistant that helps people find support groups, counsellors and other help after something hard has happened, near you or online.",
  notEmergency: (emergency: string, crisisLine: string) =>
    `I'm not an emergency service. If you're in danger right now, call ${emergency}. To talk to someone now, ${crisisLine}.`,
  start: 'Whenever you are ready, tell me what kind of support you are looking for.',
  welcomeBack: (place: string) => `Welcome back. You asked me to remember ${place}, so I'll look there unless you tell me somewhere else.`,
};
