/**
 * English function words plus the filler of chat questions ("hey", "pls", "wondering"). They carry
 * no topic, and left in they make every page match a little.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are aren as at be because been before being below between both but by
  can cannot could couldn did didn do does doesn doing don down during each few for from further had hadn has hasn have haven
  having he her here hers herself him himself his how i if in into is isn it its itself just let me more most mustn my myself
  no nor not of off on once only or other ought our ours ourselves out over own same shan she should shouldn so some such than
  that the their theirs them themselves then there these they this those through to too under until up very was wasn we were
  weren what when where which while who whom why will with won would wouldn you your yours yourself yourselves s t d ll m re ve
  y also anyone anything someone something get got gets getting go goes going want wants need needs im ive id youre hi hey hello
  thanks thank please pls plz ok okay yeah yes really actually basically just still supposed mean means know tell say said
  like e g eg ie etc vs via use uses used using find finding stuff thing things mostly someone somebody anybody folks guys
  pretty kinda sorta btw tbh imo fyi lol hmm rn whoever whatever whenever wherever whichever however
  wont cant dont doesnt isnt arent didnt yet still maybe says saying wonder wondering wondered curious
  の は を が に で と も へ や か な だ です ます する した して ある いる こと これ それ 何 とは ですか ください`
    .split(/\s+/)
    .filter(Boolean),
);
