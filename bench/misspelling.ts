/**
 * Benchmark of the misspelt-name check (src/core/qa/misspelling.ts) on text it was not tuned on: 1 MB of
 * generated Persian news-like text must give at most one flag per 10,000 words.
 *
 *   npx tsx bench/misspelling.ts      prints the numbers as JSON
 *
 * The text is sentences drawn at random from a vocabulary written for this bench (not taken from the
 * corpus reports, which contain the misspelling «خرنینگ»): common news verbs, nouns and function words,
 * inflected forms, and names of people, places and bodies that are NOT in the glossary, next to names that
 * are, since look-alikes of glossary names are where false flags would come from. Every flag is listed.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseTermbaseFile } from '../src/core/glossary/termbase-file';
import { buildNameIndex, findMisspellings } from '../src/core/qa';
import type { Entry } from '../src/shared/model';
import { random } from './common';

const TARGET_BYTES = 1_100_000;

const WORDS = `
وزیر امور خارجه سخنگوی دولت نماینده مجلس رئیس هیئت مدیره مدیرکل استاندار فرماندار شهردار معاون اول سفیر
کاردار رایزن فرمانده نیروی زمینی هوایی دریایی پدافند ارتش سپاه بسیج پلیس مرزبانی دادستان قاضی وکیل
اقتصاد بازار بورس ارز دلار یورو ریال تورم بیکاری صادرات واردات نفت گاز پتروشیمی فولاد خودرو کشاورزی
گندم برنج آب برق سد خشکسالی سیل زلزله آتش‌سوزی حادثه تصادف بیمارستان دانشگاه مدرسه دانشجو دانش‌آموز معلم
پزشک پرستار بیمار واکسن درمان سلامت بهداشت محیط زیست هوا آلودگی جنگل دریا ساحل بندر فرودگاه قطار
راه‌آهن جاده بزرگراه پل تونل ساختمان مسکن اجاره قیمت افزایش کاهش رشد درصد میلیارد میلیون هزار تومان
گزارش خبر خبرنگار روزنامه مجله تلویزیون رادیو شبکه پایگاه خبرگزاری مصاحبه نشست خبری بیانیه اطلاعیه
جلسه کمیسیون کمیته شورا وزارتخانه سازمان نهاد اداره بخش واحد مرکز پژوهشگاه موسسه شرکت کارخانه کارگاه
گفت افزود تاکید کرد اعلام کرد اظهار داشت خاطرنشان کرد یادآور شد توضیح داد پاسخ داد پرسید خواست
می‌کند می‌شود شده است بوده است خواهد شد خواهد کرد کرده‌اند شده‌اند می‌توان باید نباید توانست
امروز دیروز فردا هفته ماه سال گذشته آینده اخیر جاری پیش پس هنگام زمان دوره مرحله برنامه طرح لایحه قانون
مصوبه بودجه مالیات یارانه حقوق دستمزد کارگر کارفرما بیمه بازنشستگی صندوق بانک وام سپرده سود سهام
همکاری توسعه امنیت صلح جنگ مذاکره توافق قرارداد تفاهم دیدار سفر بازدید استقبال حمایت مخالفت انتقاد
تحریم فشار تهدید حمله دفاع مقاومت پیروزی شکست بحران مشکل راهکار راه‌حل فرصت چالش تحول تغییر اصلاح
مردم جامعه جوانان زنان کودکان خانواده شهروندان کارکنان کارشناسان مسئولان مقامات نمایندگان اعضا
ملی بین‌المللی منطقه‌ای داخلی خارجی جهانی اقتصادی سیاسی فرهنگی اجتماعی نظامی امنیتی علمی فنی ورزشی
بزرگ کوچک جدید قدیمی مهم اصلی ویژه مشترک مستقل رسمی عمومی خصوصی دولتی مردمی محلی کامل بیشتر کمتر
این آن همین همان برخی همه هر چند دیگر یک دو سه چهار پنج شش هفت هشت نه ده صد اول دوم سوم
در به از با برای تا که را و یا اما ولی نیز هم بر روی زیر میان بین درباره پیرامون طی ضمن بدون
ورزش فوتبال والیبال کشتی تیم ملی باشگاه لیگ جام مسابقه قهرمانی مربی بازیکن داور ورزشگاه تماشاگر
فرهنگ هنر سینما فیلم کتاب نمایشگاه جشنواره موسیقی تئاتر موزه میراث تاریخ باستان شاعر نویسنده
استان شهرستان روستا شهر پایتخت مرز کشور قاره منطقه حوزه جزیره کوه رود دشت بیابان شمال جنوب شرق غرب
همکاری‌ها کشورها سازمان‌ها شرکت‌ها دانشگاه‌ها بیمارستان‌ها پروژه‌ها برنامه‌ها مذاکرات توافقات
تحولات مسائل موضوعات اقدامات تصمیمات سیاست‌ها فعالیت‌ها نیروها گروه‌ها احزاب انتخابات نامزد رای
صندوق‌های آرا مشارکت حوزه‌های انتخابیه ستاد تبلیغات مناظره رقابت پیروز شکست‌خورده منتخب
`;

// Names that are not in the glossary: Iranian and foreign people, places and bodies that a news text has.
const OTHER_NAMES = `
حسینی محمدی رضایی کریمی موسوی هاشمی جعفری قاسمی رحیمی نوری صادقی اکبری ابراهیمی یوسفی
عراقچی قالیباف اژه‌ای محسنی باقرزاده کنعانی ظریف روحانی احمدی‌نژاد لاریجانی جلیلی ولایتی رستمی
شیراز اصفهان تبریز مشهد کرمان یزد اهواز رشت ساری گرگان همدان کرمانشاه زاهدان بندرعباس قزوین
بغداد دمشق بیروت دوحه ریاض آنکارا باکو ایروان تفلیس مسکو پکن دهلی کابل اسلام‌آباد قاهره برلین
پاریس لندن رم مادرید ورشو کی‌یف آتن وین ژنو بروکسل توکیو سئول جاکارتا کاراکاس برازیلیا
پوتین شی‌جین‌پینگ اردوغان علی‌اف پاشینیان مودی بایدن ترامپ ماکرون شولتس گوترش گروسی بورل
ارمنستان گرجستان آذربایجان ترکمنستان ازبکستان قزاقستان تاجیکستان پاکستان افغانستان عراق سوریه لبنان
حزب‌الله حماس یمن عمان قطر کویت بحرین امارات عربستان مصر الجزایر ونزوئلا کوبا برزیل هند چین
`;

function vocabulary(text: string): string[] {
  return text.split(/\s+/u).filter((w) => w !== '');
}

/** The shipped glossary's names and terms also appear in news text; they must not be flagged either. */
function glossaryWords(entries: readonly Entry[]): string[] {
  return entries.flatMap((e) =>
    e.terms
      .filter((t) => t.lang === 'fa' && (t.status === 'preferred' || t.status === 'admitted'))
      .map((t) => t.text),
  );
}

export function runMisspellingBench(): Record<string, unknown> {
  const file = 'glossary/barabar.termbase';
  const entries = parseTermbaseFile(readFileSync(file, 'utf8'), file).map((e, i): Entry => ({
    ...e.entry,
    id: i + 1,
    createdAt: '',
    createdBy: '',
    modifiedAt: '',
    modifiedBy: '',
  }));
  const words = vocabulary(WORDS);
  const names = vocabulary(OTHER_NAMES);
  const terms = glossaryWords(entries);
  const rnd = random(20260101);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const sentences: string[] = [];
  let bytes = 0;
  while (bytes < TARGET_BYTES) {
    const parts: string[] = [];
    const n = 8 + Math.floor(rnd() * 18);
    for (let i = 0; i < n; i++) {
      const r = rnd();
      parts.push(r < 0.08 ? pick(names) : r < 0.14 ? pick(terms) : pick(words));
    }
    const sentence = `${parts.join(' ')}.`;
    sentences.push(sentence);
    bytes += Buffer.byteLength(sentence, 'utf8') + 1;
  }
  const text = sentences.join('\n');
  const index = buildNameIndex(entries);
  const started = performance.now();
  const flags = sentences.flatMap((s) => findMisspellings(index, s));
  const ms = performance.now() - started;
  const wordCount = text.split(/\s+/u).length;
  const flagged = new Map<string, string>();
  for (const f of flags) flagged.set(f.word, f.name.term);
  return {
    textBytes: Buffer.byteLength(text, 'utf8'),
    words: wordCount,
    vocabulary: words.length + names.length + terms.length,
    flags: flags.length,
    flagsPer10kWords: Number(((flags.length / wordCount) * 10_000).toFixed(3)),
    targetPer10kWords: 1,
    flaggedWords: Object.fromEntries(flagged),
    ms: Math.round(ms),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${JSON.stringify(runMisspellingBench(), null, 2)}\n`);
}
