/**
 * Real corpus sentences with two English drafts each: `good`, a professional translation that follows the
 * test glossary and must produce no finding at all, and `bad`, the same translation with typical mistakes,
 * with exactly the findings it must produce (check id and offending text; in order).
 */
import { DOCS, type Doc } from './helpers';

export interface DraftCase {
  name: string;
  doc: Doc;
  index: number;
  source: string;
  good: string;
  bad: string;
  expected: [check: string, text: string][];
}

export const CASES: readonly DraftCase[] = [
  {
    name: 'Iranian Defence Minister on cooperation',
    doc: DOCS.belarusDefence,
    index: 1,
    source:
      'وزیر دفاع جمهوری اسلامی ایران ادامه داد: تعاملات و همکاریهای دو کشور ایران و بلاروس در مسائل مهم جهانی و منطقهای از جمله در اجلاس شانگهای، اتحادیه اقتصادی اوراسیا و سازمان ملل متحد رو به پیشرفت است.',
    good: 'The Defence Minister of the Islamic Republic of Iran continued: “Interaction and cooperation between Iran and Belarus on important global and regional issues, including at the Shanghai summit, in the Eurasian Economic Union and at the United Nations, are making progress.”',
    bad: ' The Minister of Defence of the Islamic Republic of Iran continued: “Interaction and cooperation between Iran\u200f and Belarus on important global and regional issues, including at the Shanghai summit, in the Eurasian Economic Union and at the United Nations, are making progress.” ',
    expected: [
      ['inconsistent-term', 'Minister of Defence'],
      ['bidi-control', 'between Iran[RLM] and Belarus'],
      ['leading-trailing-space', 'The Minister of'],
      ['leading-trailing-space', 'are making progress.”'],
    ],
  },
  {
    name: 'Belarusian Defence Minister on 30 years of relations',
    doc: DOCS.belarusDefence,
    index: 6,
    source:
      'وزیر دفاع جمهوری بلاروس نیز در این دیدار با بیان اینکه روابط بلاروس با جمهوری اسلامی ایران برای این کشور ارزشمند و مغتنم است گفت: روابط دیپلماتیک ایران و بلاروس قدمتی بیش از ۳۰ سال دارد و در این مدت توانستهایم همکاری خوبی داشته باشیم.',
    good: 'The Defence Minister of the Republic of Belarus also said at the meeting that his country valued its relations with the Islamic Republic of Iran: "Diplomatic relations between Iran and Belarus go back more than 30 years, and in that time we have been able to cooperate well."',
    bad: 'The Defense Minister of Byelorussia also said at the meeting that his country valued its relations with the Islamic Republic of Iran: "Diplomatic relations between Iran and Belarus go back more than 13 years, and in that time we have been able to cooperate well."',
    expected: [
      ['term-forbidden', 'Defense Minister'],
      ['term-forbidden', 'Byelorussia'],
      ['number-missing', '13'],
    ],
  },

  {
    name: 'Major General Bagheri on broken promises',
    doc: DOCS.bagheri,
    index: 3,
    source:
      'سرلشکر باقری بیان کرد: از همان دوران پیروزی و تاسیس انقلاب اسلامی روند بدعهدیها و سیاستهای تمامیتخواهانه آمریکاییها، تاکنون سبب شده تا ایران اسلامی به هیچ وجه به آنها و غرب استعمارگر اعتماد نکند.',
    good: "Major General Bagheri said that ever since the victory and founding of the Islamic Revolution, the Americans' record of broken promises and totalitarian policies has led Islamic Iran never to trust them or the colonialist West.",
    bad: "General Bagheri said that ever since the victory and founding of the Islamic Revolution, the Americans' record of broken promises and totalitarian policies has led Islamic Iran never to trust them or the the colonialist West.",
    expected: [
      ['term-forbidden', 'General'],
      ['doubled-word', 'the the'],
    ],
  },
  {
    name: 'Bagheri on 43 years of sanctions and the 8-year war',
    doc: DOCS.bagheri,
    index: 4,
    source:
      'وی با اشاره به تحریمهای ناجوانمردانه آمریکا در طول ۴۳ سال گذشته گفت: بحمدالله این تحریمها فرصت خودباوری و غلبه بر تهدیدات را برای ملت فرهیخته ایران و نیروهای مسلح فراهم کرده و همانطوری که دنیا مشاهده کرد، ملت ایران در جنگ تحمیلی ۸ ساله با قدرت در برابر متجاوزان ایستادگی کرده و این مقابله نابرابر تجربیات ارزندهای را برای نیروهای مسلح جمهوری اسلامی ایران به ارمغان آورد.',
    good: 'Referring to the cowardly sanctions imposed by the United States over the past 43 years, he said: “Thank God, these sanctions have given the learned Iranian nation and the Armed Forces an opportunity for self-belief and for overcoming threats; as the world saw, the Iranian nation stood up to the aggressors with strength in the eight-year imposed war, and this unequal confrontation brought valuable experience to the Armed Forces of the Islamic Republic of Iran.”',
    bad: 'Referring to the cowardly sanctions imposed by the United States over the past 34 years, he said: “Thank God, these sanctions have given the learned Iranian nation and the Armed Forces an opportunity for self-belief and for overcoming threats; as the world saw, the Iranian nation stood up to the aggressors with strength in the imposed war, and this unequal confrontation brought valuable experience to the Armed Forces of the Islamic Republic of Iran.',
    expected: [
      ['number-missing', '34'],
      ['number-missing', '۸'],
      ['unbalanced-quotes', 'years, he said: “Thank God, these'],
    ],
  },
  {
    name: 'Bagheri: joint military commission (untranslated)',
    doc: DOCS.bagheri,
    index: 6,
    source:
      'براساس این گزارش؛ در پایان این نشست پیشنهاد افتتاح دفتر وابستگی نظامی در سفارتخانههای دو کشور و همچنین تشکیل کمیسیون مشترک همکاریهای نظامی بین دو کشور ایران و بلاروس توسط دو مقام عالیرتبه نظامی مورد بررسی قرار گرفت.',
    good: 'According to the report, at the end of the meeting the two senior military officials discussed a proposal to open military attaché offices in the two countries’ embassies and to set up a joint commission for military cooperation between Iran and Belarus.',
    bad: '',
    expected: [['untranslated', 'براساس این گزارش؛ در پایان این نشست پیشنهاد افتتاح دفتر وابستگی نظامی در…']],
  },
  {
    name: 'Brigadier General Ashtiani on the 3+3 format',
    doc: DOCS.shoigu,
    index: 5,
    source:
      'امیر سرتیپ آشتیانی با مرور تحولات منطقه، ضمن مخالفت با هرگونه حضور نیروهای فرامنطقه ای افزود: حفظ تمامیت ارضی کشورهای منطقه و مرزهای بین المللی جزو خطوط قرمز جمهوری اسلامی ایران است و در این رابطه قالب پیشنهادی 3+3 را یک راهکار برای حل مسالمت آمیز مشکلات و مسائل در منطقه قفقاز می دانیم.',
    good: 'Reviewing developments in the region, Brigadier General Ashtiani voiced opposition to any presence of extra-regional forces and added: “Preserving the territorial integrity of the countries of the region and international borders is one of the red lines of the Islamic Republic of Iran, and in this regard we see the proposed 3+3 format as a way to resolve the problems and issues of the Caucasus region peacefully.”',
    bad: 'Reviewing developments in the region, Brigadier Ashtiani voiced opposition to any presence of extra-regional forces and added: “Preserving the territorial integrity of the countries of the region and international borders is one of the red lines of the Islamic Republic of Iran, and in this regard we see the proposed 2+2 format as a way to resolve the problems and issues of the  Caucasus region peacefully.”',
    expected: [
      ['term-forbidden', 'Brigadier'],
      ['number-missing', '2'],
      ['double-space', 'the  Caucasus'],
    ],
  },
  {
    name: 'Ashtiani on the JCPOA and October 2023',
    doc: DOCS.shoigu,
    index: 6,
    source:
      'وزیر دفاع جمهوری اسلامی ایران با اشاره به توافقنامه برجام و اتمام محدودیت های تسلیحاتی شورای امنیت در اکتبر 2023، اقدام جدید سه کشور اروپایی در خصوص عدم لغو تحریم های موشکی را نقض آشکار تعهدات اروپا ذیل برجام دانست و اظهار داشت: بیانیه مغرضانه این کشور ها مبنی بر عدم پایبندی ایران به تعهدات خود نیز یک دروغ بزرگ سیاسی و نشانه روشنی برای عدم اعتماد ملت ایران به آن ها دانست.',
    good: "Referring to the JCPOA and the expiry of the Security Council's arms restrictions in October 2023, the Defence Minister of the Islamic Republic of Iran called the new move by three European countries not to lift missile sanctions a clear violation of Europe's commitments under the JCPOA, and said that their biased statement claiming Iran was not abiding by its commitments was a big political lie and a clear sign of the Iranian nation's distrust of them.",
    bad: "Referring to the Iran nuclear deal and the expiry of the Security Council's arms restrictions in October 2022, the Defence Minister of the Islamic Republic of Iran called the new move by three European countries not to lift missile sanctions a clear violation of Europe's commitments under the deal, and said that their biased statement claiming Iran was not abiding by its commitments was a big political lie and a clear sign of the Iranian nation's distrust of them.",
    expected: [
      ['term-forbidden', 'Iran nuclear deal'],
      ['number-missing', '2022'],
    ],
  },
  {
    name: 'Shoigu thanks Iran (General of the Army)',
    doc: DOCS.shoigu,
    index: 7,
    source:
      'در ادامه این دیدار ارتشبد سرگئی شایگو ضمن تشکر از دعوت جمهوری اسلامی ایران، سطح روابط میان دو کشور جمهوری اسلامی ایران و فدراسیون روسیه را در سطح بالا و راهبردی ارزیابی کرد.',
    good: 'Later in the meeting, General of the Army Sergei Shoigu thanked the Islamic Republic of Iran for the invitation and described the level of relations between the Islamic Republic of Iran and the Russian Federation as high and strategic.',
    bad: 'Later in the meeting, Army General Sergei Shoigu thanked the Islamic Republic of Iran for the invitation and described the level of relations between the Islamic Republic of Iran and the Russian Federation as high and strategic).',
    expected: [
      ['inconsistent-term', 'Army General'],
      ['unbalanced-brackets', 'and strategic).'],
    ],
  },
  {
    name: 'Shoigu welcomes the 3+3 framework',
    doc: DOCS.shoigu,
    index: 11,
    source:
      'ارتشبد شایگو با استقبال از چارچوب 3+3 برای حل و فصل مسائل منطقه قفقاز ، حضور کشورهای منطقه به ویژه ایران را مورد تاکید قرار داد.',
    good: 'General of the Army Shoigu welcomed the 3+3 framework for settling the issues of the Caucasus region and stressed the presence of the countries of the region, especially Iran.',
    bad: 'General of the Army Shoigu welcomed the 3+3 framework (for settling the issues of the Caucasus region and stressed the presence of the countries of the region, especially Iran.',
    expected: [['unbalanced-brackets', '3+3 framework (for settling']],
  },
  {
    name: 'Headline: Belarus a reliable partner of Iran',
    doc: DOCS.lukashenko,
    index: 0,
    source: 'لوکاشنکو در دیدار احمدیان: بلاروس همیشه شریک قابل اعتماد ایران بوده است',
    good: 'Lukashenko meets Ahmadian: Belarus has always been a reliable partner of Iran',
    bad: 'Lukashenko meets Ahmadian: Belarus has always been a reliable partner of ایران',
    expected: [
      ['persian-in-target', 'ایران'],
      ['term-missing', 'ایران'],
    ],
  },
  {
    name: 'Two countries in the same boat',
    doc: DOCS.lukashenko,
    index: 4,
    source:
      'وی اظهار کرد: در شرایط بحرانی سیاسی-نظامی در منطقه غرب آسیا و همچنین مرزهای بلاروس، ۲ کشور در یک کشتی هستند و نیاز به مشورتها و اقدامات مشترک دارند.',
    good: 'He said that amid the political and military crisis in the West Asia region and on the borders of Belarus, the two countries are in the same boat and need consultations and joint action.',
    bad: 'He said that amid the political and military crisis in the Middle East and on the borders of Belarus, the countries are in the same boat and need consultations and joint action.',
    expected: [
      ['term-forbidden', 'Middle East'],
      ['number-missing', '۲'],
    ],
  },
  {
    name: 'Ahmadian recalls the visit of Esfand 1401',
    doc: DOCS.lukashenko,
    index: 9,
    source:
      'دبیر شورای عالی امنیت ملی نیز در این دیدار با اشاره به رفت و آمدهای اخیر مقامات و هیئتهای دیپلماتیک دو کشور، سفر اسفندماه ۱۴۰۱ رئیس جمهور بلاروس به تهران و دیدار وی با مقام معظم رهبری را یادآور شد و از حضور هیئت بلاروسی در آیین تحلیف رئیس جمهور جدید و همچنین آیین شهادت رئیس جمهور قبل کشورمان تشکر کرد.',
    good: "The Secretary of the Supreme National Security Council, for his part, recalled the recent exchange of visits between officials and diplomatic delegations of the two countries, the Belarusian President's visit to Tehran in February 2023 and his meeting with the Supreme Leader, and thanked the Belarusian delegation for attending the inauguration of the new President and the ceremony for our country's late martyred President.",
    bad: "The Secretary of the Supreme National Security Council, for his part, recalled the recent exchange of visits between officials and diplomatic delegations of the two countries, the Belarusian President's visit to Teheran in February 2021 and his meeting with the Supreme Leader, and thanked the Belarusian delegation for attending the inauguration of the new President and the ceremony for our country's late martyred President.",
    expected: [
      ['term-forbidden', 'Teheran'],
      ['number-missing', '2021'],
    ],
  },
  {
    name: 'Lukashenko: security needs a strong economy',
    doc: DOCS.lukashenko,
    index: 5,
    source: 'رئیسجمهور بلاروس به این نکته اشاره کرد که امنیت وقتی تضمین میشود که اقتصاد قدرت بگیرد.',
    good: 'The President of Belarus noted that security is guaranteed when the economy grows strong.',
    bad: 'رئیسجمهور بلاروس به این نکته اشاره کرد که امنیت وقتی تضمین میشود که اقتصاد قدرت بگیرد.',
    expected: [
      [
        'target-equals-source',
        'رئیسجمهور بلاروس به این نکته اشاره کرد که امنیت وقتی تضمین میشود که اقتصاد قدرت…',
      ],
    ],
  },

  {
    name: 'Brigadier General Ashtiani on unilateralism',
    doc: DOCS.belarusDefence,
    index: 3,
    source:
      'امیر سرتیپ آشتیانی در بخش دیگری از سخنان خود با اشاره به رویکردهای مداخله جویانه و یکجانبه گرایانه آمریکا و برخی کشورهای غربی تصریح کرد: این مسائل علاوه بر افزایش درگیریها و ناامنی در مناطق مختلف جهان به یک سنت و رویه غلط نیز تبدیل شده است.',
    good: 'Elsewhere in his remarks, Brigadier General Ashtiani referred to the interventionist and unilateralist approaches of the United States and some Western countries and stated: “Besides increasing conflict and insecurity in various parts of the world, these issues have also become a wrong tradition and practice.”',
    bad: 'Elsewhere in his remarks, Brigadier General Ashtiani referred to the interventionist and unilateralist approaches of America and some Western countries and stated: “Besides increasing conflict and insecurity in various parts of the world, these issues have also become a wrong tradition and practice.”',
    expected: [['term-forbidden', 'America']],
  },
  {
    name: 'Major General Khrenin on the Iranian Armed Forces',
    doc: DOCS.bagheri,
    index: 7,
    source:
      'در ادامه این نشست سرلشکر ویکتور خرنین وزیر دفاع بلاروس با اشاره به توانمندی نیروهای مسلح ایران در مواجهه با تهدیدات اظهار داشت: نیروهای مسلح جمهوری اسلامی ایران تاکنون توانسته اند به نحو مطلوبی در مواجهه با تهدیدات ایستادگی کنند و اقتدار خود را در برابر دشمنان به نمایش بگذارند.',
    good: 'Continuing the meeting, Major General Viktor Khrenin, the Defence Minister of Belarus, referred to the capabilities of the Iranian Armed Forces in facing threats and said: “The Armed Forces of the Islamic Republic of Iran have so far been able to stand up to threats admirably and to demonstrate their might to their enemies.”',
    bad: 'Continuing the meeting, Major-General Viktor Khrenin, the Defence Minister of White Russia, referred to the capabilities of the Iranian Armed Forces in facing threats and said: “The Armed Forces of the Islamic Republic of Iran have so far been able to stand up to threats admirably and to demonstrate their might to their enemies.”',
    expected: [['term-forbidden', 'White Russia']],
  },
];
