// Common given names, as evidence that a capitalised pair names a person ("Tom Adair") rather than a
// company or a place ("Brightfield Brands", "Oak Hollow"). Not needed for names with a title, a speech
// verb or an appositive ("Alex Plitsas, senior fellow at ..."), which carry their own evidence; this list
// covers the bare mentions. English names plus those common in international news.
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  `
aaron abdul abdullah abraham adam adrian ahmed aisha alan albert alejandro alex alexander alexandra alexei
ali alice alicia alison amanda amir amy ana andrea andreas andrei andrew andrés andres angela angelina anna
anne annie anthony antonio ashley barack barbara ben benjamin bernie beth betty bill bob boris brad brandon
brian bruce carl carlos carol caroline carolina catherine charles charlie chen chris christian christina
christine christopher chuck claire claudia colin craig dan daniel danielle david deborah dennis diana diane
dmitry donald donna doug douglas ed edward elena elizabeth ellen emily emma emmanuel eric erik ethan eva
evan fatima felipe fernando frank fred gabriel gary george gerald giorgia gloria gordon grace greg gregory
hamid hannah harold harry heather helen henry hillary howard hugo ian ines isabel ivan jack jacob james jamie
jan jane janet jared jason javier jean jeff jeffrey jennifer jeremy jerome jessica jim jimmy joe joel johan
john jonathan jorge jose josé joseph josh joshua juan julia julian julie justin kamala karen karl kate
katherine kathleen keir keith kelly ken kenneth kevin kim kirsten kyle larry laura lauren lee lena leon
liam linda lisa liz louis lucas lucy luis luke mahmoud manuel marc marco marcus margaret maria marie mario
mark martin mary matt matthew max maxim mehmet melissa michael michelle miguel mike mikhail mohammed
mohammad monica muhammad nancy naomi narendra natalia natalie nathan neil nick nicholas nicola nicolas
nikki nina noah olaf olena oleksandr olga oliver omar oscar pablo pamela patricia patrick paul pedro peter
philip pierre priya rachel rafael rahul raj ralph ramon randy ravi ray raymond rebecca richard rick rishi
rob robert roberto robin roger ron ronald rosa ruth ryan sam samantha samuel sandra sara sarah scott
sean sebastian sergei sergey shawn sophie stephanie stephen steve steven susan tamara ted teresa thomas
tim timothy tina todd tom tony tyler valerie vanessa victor victoria vincent vladimir volodymyr walter
wang wei william xi yasmin yulia yuri zachary`
    .trim()
    .split(/\s+/),
);

// The given names above that are usually women's, so that "she said" after a quote goes to the last woman
// named rather than the last person ("..., defeating Aldous Fenwright. 'We did it,' she told supporters").
export const FEMALE_GIVEN_NAMES: ReadonlySet<string> = new Set(
  `
aisha alexandra alice alicia alison amanda amy ana andrea angela angelina anna anne annie ashley barbara beth
betty carol caroline carolina catherine christina christine claire claudia danielle deborah denise diana diane donna
elena elizabeth ellen emily emma eva fatima giorgia gloria grace hannah heather helen hillary ines isabel jane janet
jennifer jessica julia julie kamala karen kate katherine kathleen kelly kim kirsten laura lauren lena linda lisa liz
lucy margaret maria marie mary melissa michelle monica nancy naomi natalia natalie nicola nikki nina olena olga
pamela patricia priya rachel rebecca robin rosa ruth samantha sandra sara sarah sophie stephanie susan tamara
teresa tina valerie vanessa victoria yasmin yulia`
    .trim()
    .split(/\s+/),
);

/**
 * Common Chinese and Korean family names, which come first ("Zhao Zicong", "Kim Jong-un"): evidence of a
 * person, and the part a bare mention uses ("Zhao said"). Family names that are also common English words
 * ("Long", "Song", "Sun", "Moon", "Park", "He", "Fan", "Hong") are left out: a hyphenated given name
 * ("Moon Jae-in", "Park Soo-hyun") shows those.
 */
export const FAMILY_NAMES_FIRST: ReadonlySet<string> = new Set(
  `
zhao zhang wang liu chen yang huang zhou xu zhu lin guo luo liang zheng xie feng cao yuan deng peng jiang
cai ding xue xia zhong tian yao tan liao zou xiong cui qiu qin hou shao duan qian xi li hu wu
kim lee choi jung cho yoon jang lim kwon hwang ahn seo shin yoo ri`
    .trim()
    .split(/\s+/),
);
