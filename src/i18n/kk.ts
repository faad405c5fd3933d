// Kazakh catalogue. Keys mirror en.ts. Wording marked "UNCONFIRMED" was not found in a source: review it.
import type { Catalogue } from './types.js';
import { dateParam } from './dates.js';
import { numberParam, plural, withNumber } from './plural.js';

const kk: Catalogue = {
  service: {
    'school-enrollment': 'Бастауыш, негізгі орта, жалпы орта білім берудің жалпы білім беретін бағдарламалары бойынша оқыту үшін ведомстволық бағыныстылығына қарамастан білім беру ұйымдарына құжаттарды қабылдау және оқуға қабылдау',
    'special-school-enrollment': 'Арнайы жалпы білім беретін оқу бағдарламалары бойынша оқыту үшін мүмкіндіктері шектеулі балаларды арнайы білім беру ұйымдарына құжаттарды қабылдау және оқуға қабылдау', // UNCONFIRMED kk
    'meal-subsidy': 'Жалпы білім беретін мектептердегі білім алушылар мен тәрбиеленушілердің жекелеген санаттарына тегін және жеңілдетілген тамақтандыруды ұсыну',
    'school-transport': 'Шалғайдағы ауылдық елді мекендерде тұратын балаларды жалпы білім беру ұйымдарына және кері қарай үйлеріне тегін тасымалдауды ұсыну',
    'home-study': 'Бастауыш, негізгі орта, жалпы орта білім беру ұйымдарына денсаулығына байланысты ұзақ уақыт бойы бара алмайтын балаларды үйде жеке тегін оқытуды ұйымдастыру үшін құжаттарды қабылдау',
    'camp-referral': 'Мемлекеттік білім беру ұйымдарының білім алушылары мен тәрбиеленушілерінің жекелеген санаттарына қала сыртындағы және мектеп жанындағы лагерьлерде демалуы үшін құжаттар қабылдау және жолдама беру',
    'school-transfer': 'Бастауыш, негізгі орта, жалпы орта білім беру ұйымдары арасында балаларды ауыстыру үшін құжаттарды қабылдау', // UNCONFIRMED kk
  },
  document: {
    'birth-certificate': 'Баланың туу туралы куәлігі',
    'child-photo': 'Баланың 3×4 см фотосуреті',
    'marriage-certificate': 'Неке қию (бұзу) туралы куәлік', // UNCONFIRMED kk
    'study-certificate': 'Оқу орнынан анықтама', // UNCONFIRMED kk
    'absentee-ballot': 'Қазіргі мектептен шығу талоны', // UNCONFIRMED kk
    'pmpc-conclusion': 'ПМПК қорытындысы',
    'mcc-conclusion': 'Үйде оқытуды ұсынатын дәрігерлік-консультациялық комиссияның қорытындысы', // UNCONFIRMED kk
    'residence-permit': 'Шетелдіктің ҚР-да тұруға ықтиярхаты', // UNCONFIRMED kk
    'stateless-certificate': 'Азаматтығы жоқ адамның куәлігі', // UNCONFIRMED kk
    'refugee-certificate': 'Босқын куәлігі', // UNCONFIRMED kk
    'asylum-seeker-certificate': 'Пана іздеген адамның куәлігі', // UNCONFIRMED kk
    'kandas-certificate': 'Қандас куәлігі', // UNCONFIRMED kk
    'social-assistance-certificate': 'Атаулы әлеуметтік көмек алатыны туралы анықтама', // UNCONFIRMED kk
    'unemployment-certificate': 'Ата-ананың жұмыссыз ретінде тіркелгені туралы анықтама', // UNCONFIRMED kk
    'income-documents': 'Отбасының табысы туралы құжаттар', // UNCONFIRMED kk
    'guardianship-decision': 'Қорғаншылық (қамқоршылық) белгілеу туралы шешім', // UNCONFIRMED kk
    'collegial-decision': 'Білім беру ұйымы алқалы органының шешімі', // UNCONFIRMED kk
    'health-063': 'Профилактикалық егулер картасы (№ 063/у нысаны)', // UNCONFIRMED kk
    'health-026': 'Бала денсаулығының паспорты (№ 026/у-3 нысаны)', // UNCONFIRMED kk
    'camp-health-079': 'Сауықтыру лагеріне баратын оқушыға медициналық анықтама (№ 079/у нысаны)', // UNCONFIRMED kk
  },
  status: {
    'social-assistance': 'Атаулы әлеуметтік көмек (АӘК) алушылар',
    'unemployed-parents': 'Ата-анасы жұмыссыз отбасылардың балалары', // UNCONFIRMED kk
    'low-income': 'Жан басына шаққандағы орташа табысы ең төменгі күнкөріс деңгейінен төмен отбасылар',
    orphan: 'Жетім балалар және ата-анасының қамқорлығынсыз қалған балалар',
    emergency: 'Шұғыл көмекке мұқтаж отбасылар немесе мектептің алқалы органы айқындаған өзге санаттар', // UNCONFIRMED kk
  },
  residency: {
    citizen: 'Қазақстан Республикасының азаматы', // UNCONFIRMED kk
    foreigner: 'Шетел азаматы', // UNCONFIRMED kk
    stateless: 'Азаматтығы жоқ адам', // UNCONFIRMED kk
    refugee: 'Босқын', // UNCONFIRMED kk
    'asylum-seeker': 'Пана іздеген адам', // UNCONFIRMED kk
    kandas: 'Қандас',
  },
  transferReason: {
    moving: 'Отбасының басқа елді мекенге көшуі', // UNCONFIRMED kk
    'leaving-country': 'Отбасының Қазақстаннан тыс жерге кетуі', // UNCONFIRMED kk
    'court-decision': 'Сот шешімі', // UNCONFIRMED kk
    safety: 'Баланың қауіпсіздігі (зорлық-зомбылық немесе буллинг)', // UNCONFIRMED kk
    holidays: 'Демалыс кезінде ауыстыру', // UNCONFIRMED kk
    other: 'Басқа себеп', // UNCONFIRMED kk
  },
  campKind: {
    // Both from the service's own name (қала сыртындағы және мектеп жанындағы лагерьлер).
    suburban: 'Қала сыртындағы лагерь',
    school: 'Мектеп жанындағы лагерь',
  },
  reason: {
    // Params are display text the element passes already translated: {status} = status name, {residency} = residency name.
    always: 'Бұл қызмет үшін әрқашан қажет.', // UNCONFIRMED kk
    'no-civil-registry': 'Баланың туу туралы жазбасы мемлекеттік ақпараттық жүйелерде табылмады.', // UNCONFIRMED kk
    'civil-registry': 'Баланың тууы Қазақстанда тіркелген: тіркеудің қажеті жоқ.', // UNCONFIRMED kk
    'born-abroad': 'Бала Қазақстаннан тыс жерде туған.', // UNCONFIRMED kk
    'no-marriage-registry': 'Неке (оны бұзу) туралы жазба мемлекеттік ақпараттық жүйелерде табылмады.', // UNCONFIRMED kk
    'marriage-registry': 'Неке (оны бұзу) мемлекеттік ақпараттық жүйелерде бар: тіркеудің қажеті жоқ.', // UNCONFIRMED kk
    'marriage-abroad': 'Неке немесе оны бұзу шетелде тіркелген.', // UNCONFIRMED kk
    status: 'Сіз таңдаған санат: {status}.', // UNCONFIRMED kk
    residency: 'Тұру мәртебесі: {residency}. Құжатта тұрғылықты жері бойынша тіркелгені туралы белгі болуы керек.', // UNCONFIRMED kk
    'special-needs': 'Баланың ерекше білім беру қажеттіліктері бар (заңды өкілдердің келісімімен ұсынылады).', // UNCONFIRMED kk
    'home-education': 'Сіз үйде оқытуды таңдадыңыз.', // UNCONFIRMED kk
    'medical-optional': 'Онлайн өтініш беру кезінде медициналық анықтамалар әзірге міндетті емес; оларды тіркеуге болады.', // UNCONFIRMED kk
    'medical-required': 'Білім беру ұйымы медициналық анықтамаларды талап етеді.', // UNCONFIRMED kk
    'camp-optional': 'Бала сауықтыру лагеріне барса қажет болады; міндетті емес.', // UNCONFIRMED kk
  },
  state: {
    required: 'Міндетті',
    optional: 'Міндетті емес',
    registry: 'Мемлекеттік жүйелерде бар', // UNCONFIRMED kk
    missing: 'Тіркелмеген', // UNCONFIRMED kk
    provided: 'Тіркелді', // UNCONFIRMED kk
  },
  error: {
    'signing-timeout': 'Қол қоюды күту уақыты өтіп кетті. Қайталап көріңіз.', // UNCONFIRMED kk
    'ncalayer-unavailable': 'NCALayer-ге қосылғанда қате шықты. NCALayer-ді қосып, қайталап көріңіз.', // UNCONFIRMED kk
    'ncalayer-failed': 'NCALayer өтінішке қол қоя алмады. ЭЦҚ кілті таңдалғанын және құпиясөзі дұрыс екенін тексеріп, қайта қол қойыңыз.', // UNCONFIRMED kk
    'sms-code-format': (p) => withNumber(p, 'n', 'SMS-тегі кодты енгізіңіз.', (n) => `SMS-тегі ${n} таңбалы кодты енгізіңіз.`), // UNCONFIRMED kk
    'sms-code-wrong': 'Код қате. Соңғы SMS-тегі кодты қайта енгізіңіз.', // UNCONFIRMED kk
    'sms-attempts-exhausted': 'Қате код тым көп рет енгізілді. Жаңа код алу үшін қол қоюды қайта бастаңыз.', // UNCONFIRMED kk
    'sms-request-failed': 'SMS-кодты жіберу мүмкін болмады. Кейінірек қайталап көріңіз.', // UNCONFIRMED kk
    'ncalayer-permission-denied': 'Браузер бетке компьютеріңіздегі NCALayer-ге қосылуға рұқсат бермейді. Рұқсат беріңіз: мекенжай жолының сол жағындағы белгішені басып, осы құрылғыдағы қолданбалар мен құрылғыларға кіруді (жергілікті желіге кіру) қосыңыз, бетті жаңартып, қайталап көріңіз.', // UNCONFIRMED kk
    'ncalayer-outdated': 'NCALayer нұсқаңыз ескі, бұл өтінішке қол қоя алмайды. NCALayer-ді pki.gov.kz сайтынан жаңартыңыз (немесе модульдер менеджерінде «basics» модулін орнатыңыз), содан кейін қайталап көріңіз.', // UNCONFIRMED kk
    'ncalayer-csp-blocked': 'Бұл сайт әзірге NCALayer-ге қосылуға рұқсат бермейді, сондықтан мұнда ЭЦҚ-мен қол қою мүмкін емес. Қол қоюдың басқа тәсілін таңдаңыз немесе сайттың қолдау қызметіне хабарлаңыз.', // UNCONFIRMED kk
    'ncalayer-bad-answer': 'NCALayer қолтаңба емес жауап қайтарды. NCALayer-ді қайта іске қосып, қайталап көріңіз.', // UNCONFIRMED kk
    'ncalayer-closed': 'Қол қойылғанға дейін NCALayer-мен байланыс үзілді. NCALayer қосулы екенін тексеріп, қайталап көріңіз.', // UNCONFIRMED kk
    'mobile-expired': 'QR-кодтың мерзімі өтті. Жаңа код алу үшін қайта бастаңыз.', // UNCONFIRMED kk
    'mobile-cancelled': 'Қол қою eGov Mobile-да тоқтатылды. Дайын болғанда қайта бастаңыз.', // UNCONFIRMED kk
    'mobile-broker-failed': 'eGov Mobile арқылы қол қоюды бастау не тексеру мүмкін болмады. Біраздан кейін қайталап көріңіз.', // UNCONFIRMED kk
    'mobile-broker-timeout': 'Сайт уақытында жауап бермеді, eGov Mobile арқылы қол қою басталмады. Қайталап көріңіз.', // UNCONFIRMED kk
    'mobile-bad-answer': 'eGov Mobile қолтаңба емес жауап қайтарды. Қайталап көріңіз.', // UNCONFIRMED kk
    // Optional params are display text the element passes formatted: {date} the window's day, {document} a document name,
    // {max} megabytes or a count, {min} km or a count, {types} file types. Without them the sentence stands alone.
    'iin-required': 'ЖСН-ді енгізіңіз: туу туралы куәліктегі немесе жеке куәліктегідей 12 цифр.', // UNCONFIRMED kk
    'iin-format': 'ЖСН-нің барлық 12 цифрын әріпсіз және басқа белгілерсіз енгізіңіз.', // UNCONFIRMED kk
    'iin-checksum': 'ЖСН-де қате бар: 12 цифрды құжатпен салыстырып, түзетіңіз.', // UNCONFIRMED kk
    'iin-unassignable': 'Мұндай алғашқы 11 цифрмен ЖСН берілмейді: оларды құжатпен салыстырып, түзетіңіз.', // UNCONFIRMED kk
    'iin-date-invalid': 'ЖСН-нің алғашқы алты цифры күнді білдірмейді. 2013 жылдан кейін берілген ЖСН үшін бұл мүмкін; тексеріңіз.', // UNCONFIRMED kk
    'iin-birthdate-mismatch': 'ЖСН енгізілген туған күннен басталмайды. Бұл мүмкін; екеуін де тексеріңіз.', // UNCONFIRMED kk
    'iin-century-digit': 'ЖСН-нің 7-цифры 1–6 аралығында емес, сондықтан туған ғасырды көрсетпейді. 2013 жылдан кейін берілген ЖСН үшін бұл мүмкін; тексеріңіз.', // UNCONFIRMED kk
    required: 'Бұл өрісті толтырыңыз.', // UNCONFIRMED kk
    'invalid-date': 'Бүгінгі күннен кеш емес нақты күнді енгізіңіз.', // UNCONFIRMED kk
    'date-incomplete': 'Күнді сандармен енгізіңіз: күні, айы және жылы, мысалы 15.03.2020.', // UNCONFIRMED kk
    'date-impossible': 'Мұндай күн жоқ: күні мен айын тексеріңіз (мысалы, 31.02 болмайды).', // UNCONFIRMED kk
    'submit-offline': 'Өтініш жіберілмеді: қызметпен байланыс жоқ. Интернетке қосылуды тексеріп, «Қайта жіберу» түймесін басыңыз. Жауаптар, файлдар және қолтаңба сақталды.', // UNCONFIRMED kk
    'submit-failed': 'Қызмет қазір өтінішті қабылдай алмады. Біраздан кейін «Қайта жіберу» түймесін басыңыз. Жауаптар, файлдар және қолтаңба сақталды.', // UNCONFIRMED kk
    'submit-rejected': 'Қызмет өтінішті қабылдамады. Жауаптар, файлдар және қолтаңба сақталды: «Қайта жіберу» түймесін басыңыз, тағы қабылдамаса, қызметке хабарласыңыз.', // UNCONFIRMED kk
    'submit-bad-answer': 'Қызмет өтініш нөмірінсіз жауап берді, сондықтан алынғаны расталмады. «Қайта жіберу» түймесін басыңыз: өтініш екі рет тіркелмейді.', // UNCONFIRMED kk
    'invalid-number': 'Санды цифрмен енгізіңіз, мысалы 12 немесе 3,5.', // UNCONFIRMED kk
    'invalid-option': 'Ұсынылған нұсқалардың бірін таңдаңыз.', // UNCONFIRMED kk
    'invalid-value': 'Бұл жауапты оқу мүмкін емес: өшіріп, қайта енгізіңіз.', // UNCONFIRMED kk
    'text-too-long': (p, l) => withNumber(p, 'max', 'Мәтін тым ұзын: қысқартыңыз.', (n) => plural(l, n, { one: 'Ең көбі {n} таңба.', other: 'Ең көбі {n} таңба.' })), // UNCONFIRMED kk
    // Kazakh puts no plural on a noun after a number ("6 жасқа"); the date takes the dative before "дейін".
    'child-too-young': (p, l) => {
      const age = numberParam(p, 'minAge');
      const cutoff = dateParam(l, p, 'cutoff', 'dative');
      if (age === undefined || cutoff === undefined) return 'Бала осы оқу жылында бірінші сыныпқа қабылдану үшін тым кішкентай.'; // UNCONFIRMED kk
      return `Бала тым кішкентай: бірінші сыныпқа ${cutoff} дейін ${plural(l, age, { one: '{n} жасқа', other: '{n} жасқа' })} толатын балалар қабылданады.`; // UNCONFIRMED kk
    },
    'status-required': 'Отбасыңызға қатысты кемінде бір санатты таңдаңыз.', // UNCONFIRMED kk
    'distance-too-short': (p) => (p.min !== undefined ? `Қызмет мектептен кемінде ${p.min} км қашықтықта тұратын балаларға көрсетіледі: енгізген қашықтықты тексеріңіз.` : 'Бұл қызмет үшін мектепке дейінгі қашықтық тым аз: енгізген қашықтықты тексеріңіз.'), // UNCONFIRMED kk
    'same-school': 'Қазіргі мектептен өзге жаңа мектепті таңдаңыз.', // UNCONFIRMED kk
    'window-not-open': (p) => (p.date !== undefined ? `Өтініштер қабылдау әлі басталған жоқ: ол ${p.date} ашылады. Өтінішті сол кезде жіберіңіз.` : 'Өтініштер қабылдау әлі басталған жоқ. Қабылдау ашылғанда өтінішті жіберіңіз.'), // UNCONFIRMED kk
    'window-closed': (p) => (p.date !== undefined ? `Өтініштер қабылдау аяқталды: соңғы күн ${p.date} болды. Келесі қабылдау кезеңінде өтініш беріңіз немесе мектепке хабарласыңыз.` : 'Өтініштер қабылдау аяқталды. Келесі қабылдау кезеңінде өтініш беріңіз немесе мектепке хабарласыңыз.'), // UNCONFIRMED kk
    'clock-invalid': 'Ағымдағы күн мен уақытты анықтау мүмкін болмады, сондықтан өтініш қазір қабылданбайды. Бетті жаңартып, қайталап көріңіз.', // UNCONFIRMED kk
    'already-applied': 'Бұл балаға өтініш бұрын берілген, ал бір балаға бір ғана өтініш беріледі. Қайта беру қажет емес.', // UNCONFIRMED kk
    'application-check-failed': 'Бұл балаға өтініш берілген-берілмегенін тексеру мүмкін болмады. Біраздан кейін қайталап көріңіз.', // UNCONFIRMED kk
    'document-missing': (p) => (p.document !== undefined ? `Тіркеңіз: ${p.document}.` : 'Бұл құжатты тіркеңіз.'), // UNCONFIRMED kk
    'budget-exceeded': (p) => (p.max !== undefined ? `Тіркелген құжаттардың жалпы көлемі ${p.max} МБ-тан аспауы тиіс: бір файлды алып тастаңыз немесе кішірек файл тіркеңіз.` : 'Тіркелген құжаттардың жалпы көлемі 5 МБ-тан аспауы тиіс: бір файлды алып тастаңыз немесе кішірек файл тіркеңіз.'), // UNCONFIRMED kk
    'file-unreadable': 'Файлды оқу мүмкін болмады. Басқа файлды таңдаңыз.', // UNCONFIRMED kk
    'file-type': (p) => (p.types !== undefined ? `Бұл файл түрі қабылданбайды. Мыналарды пайдаланыңыз: ${p.types}.` : 'Бұл файл түрі осы құжат үшін қабылданбайды.'), // UNCONFIRMED kk
    'file-too-large': 'Файл сығылғаннан кейін де тым үлкен. Кішірек файлды немесе оның беттерінің фотосын тіркеңіз.', // UNCONFIRMED kk
    'too-few-files': (p, l) => withNumber(p, 'min', 'Көбірек файл тіркеңіз.', (n) => plural(l, n, { one: 'Кемінде {n} файл тіркеңіз.', other: 'Кемінде {n} файл тіркеңіз.' })), // UNCONFIRMED kk
    'too-many-files': (p, l) => withNumber(p, 'max', 'Тым көп файл тіркелді: артығын алып тастаңыз.', (n) => plural(l, n, { one: 'Ең көбі {n} файл тіркеуге болады.', other: 'Ең көбі {n} файл тіркеуге болады.' })), // UNCONFIRMED kk
    'signature-type-not-accepted': 'Қол қоюдың бұл тәсілі осы өтініш үшін қабылданбайды. Басқа тәсілмен қол қойыңыз.', // UNCONFIRMED kk
    'document-unknown': 'Бұл тіркеме қызметтер қабылдайтын құжаттардың қатарына жатпайды: оны алып тастаңыз.', // UNCONFIRMED kk
    'document-unexpected': (p) => (p.document !== undefined ? `Бұл өтінішке мына құжат қажет емес: ${p.document}. Оны алып тастаңыз.` : 'Бұл өтінішке осы құжат қажет емес: оны алып тастаңыз.'), // UNCONFIRMED kk
    'signing-cancelled': 'Қол қою тоқтатылды. Дайын болғанда қайта қол қойыңыз.', // UNCONFIRMED kk
    'signer-unavailable': 'Қол қою құралы қолжетімсіз. ЭЦҚ үшін NCALayer-ді қосып, қайталап көріңіз.', // UNCONFIRMED kk
    'signing-failed': 'Өтінішке қол қою мүмкін болмады. Қайталап көріңіз.', // UNCONFIRMED kk
    'file-empty': 'Файл бос (0 байт). Оны қайта немесе басқа файлды таңдаңыз.', // UNCONFIRMED kk
    'file-svg': 'SVG суреттері қабылданбайды: оларда скрипт болуы мүмкін. Оны PNG немесе PDF түрінде сақтаңыз.', // UNCONFIRMED kk
    'image-too-large': (p) => (p.megapixels !== undefined ? `Сурет өңдеу үшін тым үлкен (${p.megapixels} мегапиксель). Төменірек ажыратымдылықпен суретке түсіріңіз.` : 'Сурет өңдеу үшін тым үлкен. Төменірек ажыратымдылықпен суретке түсіріңіз.'), // UNCONFIRMED kk
    'heic-unsupported': 'Бұл браузер HEIC фотосын аша алмайды. Оны JPEG түрінде жіберіңіз: iPhone-да Параметрлер → Камера → Форматтар → Ең үйлесімді тармағын таңдаңыз немесе фотоны JPEG ретінде бөлісіп, қайта тіркеңіз.', // UNCONFIRMED kk
    'pdf-encrypted': 'PDF құпиясөзбен қорғалған. Оны қорғаусыз сақтап, қайта тіркеңіз.', // UNCONFIRMED kk
    'pdf-too-large': (p) => (p.size !== undefined && p.max !== undefined ? `Бұл PDF ${p.size} МБ — барлық тіркемелерге берілген ${p.max} МБ-тан көп. Оны кішірейтіңіз немесе беттерінің фотосын тіркеңіз.` : 'Бұл PDF барлық тіркемелерге рұқсат етілген көлемнен үлкен. Оны кішірейтіңіз немесе беттерінің фотосын тіркеңіз.'), // UNCONFIRMED kk
    'file-required': 'Осы құжат үшін файл тіркеңіз.', // UNCONFIRMED kk
    'files-processing': 'Файлдар сығылып, дайын болғанша күтіңіз, содан кейін жалғастырыңыз.', // UNCONFIRMED kk
  },
  // UNCONFIRMED kk: the whole upload namespace below was not checked against a source.
  upload: {
    label: 'Файлдарды тіркеңіз',
    dropHint: 'Файлдарды осында сүйреңіз, қойыңыз немесе',
    dropHintOne: 'Файлды осында сүйреңіз, қойыңыз немесе', // UNCONFIRMED kk
    choose: 'Файлдарды таңдаңыз',
    chooseOne: 'Файлды таңдаңыз',
    acceptedTypes: (p) => `Қабылданады: ${p.types}. Фотолар құрылғыңызда сығылады; өтінішті жібергенше ештеңе жіберілмейді.`,
    budgetUsed: '{budget} МБ-тан {used} МБ пайдаланылды',
    budgetRemove: (p) => `Барлық тіркемелер ${p.budget} МБ шегінен ${p.over} МБ асады, фотоларды кішірейту оны түзетпейді. Жойыңыз немесе ауыстырыңыз: ${p.names}. Фотолардың сапасы сақталды.`, // UNCONFIRMED kk
    budgetOver: (p) => `Файлдар барлық тіркемелерге арналған ${p.budget} МБ шегінен ${p.over} МБ асады. Файлды жойыңыз немесе ауыстырыңыз.`,
    belowMinEdge: 'Шекке сыю үшін кейбір фотолар 150 dpi A4 өлшемінен кішірейтілді; ұсақ мәтін нашар оқылуы мүмкін. Көбірек егжей сақтау үшін бір файлды жойыңыз.',
    fileList: 'Тіркелген файлдар',
    queued: 'Күтуде…',
    processing: 'Сығылуда…',
    progressLabel: '{name} сығылуда',
    sizes: '{original} → {final}',
    renamed: '{name} ретінде жіберіледі',
    remove: 'Жою',
    removeFile: '{name} жою',
    replace: 'Ауыстыру',
    replaceFile: '{name} ауыстыру',
    rejectedTitle: 'Тіркелмеді',
    megabytes: '{n} МБ',
    kilobytes: '{n} КБ',
    announceProgress: '{total} ішінен {done} дайын.',
    announceReady: (p, l) => plural(l, Number(p.n), { one: '{n} файл дайын.', other: '{n} файл дайын.' }),
    announceRemoved: '{name} жойылды.',
  },
  form: {
    stepOf: '{total} қадамның {n}-қадамы', // UNCONFIRMED kk
    stepChild: 'Бала туралы', // UNCONFIRMED kk
    stepChildIntro: 'Баланың деректерін туу туралы куәліктегідей енгізіңіз.', // UNCONFIRMED kk
    stepSchool: 'Мектеп', // UNCONFIRMED kk
    stepCircumstances: 'Сіздің жағдайыңыз', // UNCONFIRMED kk
    stepCircumstancesIntro: 'Қандай құжаттарды тіркеу керектігі жауаптарыңызға байланысты.', // UNCONFIRMED kk
    stepDocuments: 'Құжаттар', // UNCONFIRMED kk
    stepReview: 'Жауаптарыңызды тексеріңіз', // UNCONFIRMED kk
    stepSign: 'Қол қою және жіберу', // UNCONFIRMED kk
    windowOpen: 'Өтініштер {opens} бастап {closes} қоса алғанда қабылданады (Қазақстан уақыты).', // UNCONFIRMED kk
    noticeOneApplication: 'Бір балаға бір ғана өтініш, бір мектепке. Сол балаға екінші өтініш қабылданбайды.', // UNCONFIRMED kk
    noticeBudget: 'Барлық тіркемелер бірге 5 МБ-тан аспауы тиіс; фотосуреттер құрылғыңызда сығылады.', // UNCONFIRMED kk
    inPersonCheck: 'Өтінішті жібергеннен кейін ұйым сұраған кезде құжаттардың түпнұсқаларын салыстыру үшін көрсетіңіз.', // UNCONFIRMED kk
    errorSummaryTitle: 'Қате бар', // UNCONFIRMED kk
    errorPrefix: 'Қате:', // UNCONFIRMED kk
    back: 'Артқа', // UNCONFIRMED kk
    continue: 'Жалғастыру', // UNCONFIRMED kk
    cancel: 'Болдырмау', // UNCONFIRMED kk
    change: 'Өзгерту', // UNCONFIRMED kk
    optional: 'міндетті емес', // UNCONFIRMED kk
    yes: 'Иә', // UNCONFIRMED kk
    no: 'Жоқ', // UNCONFIRMED kk
    none: 'Жоқ', // UNCONFIRMED kk
    mb: 'МБ', // UNCONFIRMED kk
    chooseSchool: 'Мектепті таңдаңыз', // UNCONFIRMED kk
    budgetLabel: 'Барлық тіркемелердің көлемі', // UNCONFIRMED kk
    budgetUsed: '{budget} МБ-тың {used} МБ пайдаланылды', // UNCONFIRMED kk
    documentsIntro: 'Төмендегі әр құжатты тіркеңіз. Барлығы 5 МБ-қа сыюы үшін фотосуреттер құрылғыңызда сығылады.', // UNCONFIRMED kk
    photoAspect: 'Фотосуреттердің бірі 3×4 пропорциясынан алыс. Ол жіберіледі, бірақ 3×4 см портрет фотосы күтіледі.', // UNCONFIRMED kk
    signIntro: 'Қол қою арқылы сіз жауаптардың дұрыстығын және осы құжаттарды беруге құқығыңызды растайсыз. Қол қою тәсілін таңдаңыз.', // UNCONFIRMED kk
    signWebcrypto: 'Осы құрылғыда қол қою', // UNCONFIRMED kk
    signNcalayer: 'ЭЦҚ-мен қол қою (NCALayer)', // UNCONFIRMED kk
    signSms: 'SMS-кодпен растау', // UNCONFIRMED kk
    signing: 'Өтінішке қол қойылуда…', // UNCONFIRMED kk
    receiptTitle: 'Өтініш жіберілді', // UNCONFIRMED kk
    receiptText: 'Осы түбіртекті сақтаңыз. Төмендегі нөмір өтінішіңізді анықтайды.', // UNCONFIRMED kk
    receiptService: 'Қызмет', // UNCONFIRMED kk
    receiptKey: 'Өтініш нөмірі (идемпотенттілік кілті)', // UNCONFIRMED kk
    receiptCreated: 'Қол қойылған уақыты', // UNCONFIRMED kk
    receiptDocuments: 'Жіберілген құжаттар', // UNCONFIRMED kk
    childLastName: 'Тегі', // UNCONFIRMED kk
    childFirstName: 'Аты', // UNCONFIRMED kk
    childPatronymic: 'Әкесінің аты', // UNCONFIRMED kk
    childIin: 'Баланың ЖСН', // UNCONFIRMED kk
    childIinHint: 'Туу туралы куәліктегідей 12 сан', // UNCONFIRMED kk
    childBirthDate: 'Туған күні', // UNCONFIRMED kk
    school: 'Мектеп', // UNCONFIRMED kk
    schoolHint: 'Өтініш беретін бір мектеп', // UNCONFIRMED kk
    residency: 'Баланың Қазақстандағы мәртебесі', // UNCONFIRMED kk
    statuses: 'Отбасының әлеуметтік мәртебесі', // UNCONFIRMED kk
    statusesHint: 'Сәйкес келетін барлық санаттарды белгілеңіз (бар болса)', // UNCONFIRMED kk
    statusesRequiredHint: 'Кемінде бір санатты белгілеңіз', // UNCONFIRMED kk
    specialNeeds: 'Баланың ерекше білім беру қажеттіліктері бар ма?', // UNCONFIRMED kk
    specialNeedsHint: 'Иә болса, ПМПК қорытындысын тіркейсіз (келісіміңізбен)', // UNCONFIRMED kk
    homeEducation: 'Бала денсаулығына байланысты үйде оқи ма?', // UNCONFIRMED kk
    bornAbroad: 'Бала Қазақстаннан тыс жерде туды ма?', // UNCONFIRMED kk
    marriageAbroad: 'Ата-аналардың некесі немесе ажырасуы шетелде тіркелді ме?', // UNCONFIRMED kk
    locality: 'Бала тұратын елді мекен', // UNCONFIRMED kk
    distanceKm: 'Үйден мектепке дейінгі қашықтық, км', // UNCONFIRMED kk
    currentSchool: 'Қазіргі мектеп', // UNCONFIRMED kk
    newSchool: 'Жаңа мектеп', // UNCONFIRMED kk
    transferReason: 'Ауыстыру себебі', // UNCONFIRMED kk
    campKind: 'Лагерь түрі', // UNCONFIRMED kk
    note: 'Өтініш мәтіні', // UNCONFIRMED kk
    noteHint: 'Ұйым білуі тиіс кез келген нәрсе (міндетті емес)', // UNCONFIRMED kk
    stepApplication: 'Өтініш', // UNCONFIRMED kk
    stepTransfer: 'Ауыстыру', // UNCONFIRMED kk
    stepTransport: 'Үй және мектеп', // UNCONFIRMED kk
    stepCamp: 'Лагерь', // UNCONFIRMED kk
    specialSchoolIntro: 'Бұл форма — сіздің өтінішіңіз. «Құжаттар» қадамында баланың даму ерекшеліктерін растайтын психологиялық-медициналық-педагогикалық консультацияның (ПМПК) қорытындысын тіркейсіз.', // UNCONFIRMED kk
    homeStudyIntro: 'Бұл форма — сіздің өтінішіңіз. «Құжаттар» қадамында үйде оқытуды ұсынатын дәрігерлік-консультациялық комиссияның қорытындысын тіркейсіз.', // UNCONFIRMED kk
    partsLoading: 'Бұл қадам жүктелуде…', // UNCONFIRMED kk
    partsFailed: 'Бұл қадамды жүктеу мүмкін болмады. Интернетке қосылуды тексеріп, қайталап көріңіз. Жауаптарыңыз сақталды.', // UNCONFIRMED kk
    partsRetry: 'Қайталап көру', // UNCONFIRMED kk
  },
  ui: {
    /** A missing document before the documents step (the checklist preview): neutral, not an error. */
    toDo: '«Құжаттар» қадамында тіркеу керек', // UNCONFIRMED kk
    checklistTitle: 'Тіркелетін құжаттар',
    checklistEmpty: 'Бұл жауаптар үшін құжат қажет емес.', // UNCONFIRMED kk
    fileCount: (p, l) => plural(l, Number(p.n), { one: '{n} файл', other: '{n} файл' }),
    attachedOf: '{total} ішінен {n} тіркелді', // UNCONFIRMED kk
    languageName: 'Қазақша',
    browserTooOld: 'Бұл браузер осы нысан үшін тым ескі. Оны жаңартыңыз немесе нысанды басқа браузерде ашыңыз.', // UNCONFIRMED kk
  },
  signing: {
    title: 'Өтінішке қол қою', // UNCONFIRMED kk
    chooseMethod: 'Қол қою тәсілін таңдаңыз', // UNCONFIRMED kk
    signEds: 'ЭЦҚ-мен қол қою', // UNCONFIRMED kk
    signSms: 'SMS-кодпен растау', // UNCONFIRMED kk
    signWebcrypto: 'Осы браузерде қол қою (сынақ кілті)', // UNCONFIRMED kk
    ncalayerWait: 'NCALayer-дің жауабын күте тұрыңыз',
    ncalayerHint: 'NCALayer өз терезесін ашады: кілтті таңдап, құпиясөзін енгізіңіз.', // UNCONFIRMED kk
    signing: 'Қол қойылуда…', // UNCONFIRMED kk
    signed: 'Қол қойылды', // UNCONFIRMED kk
    cancel: 'Болдырмау', // UNCONFIRMED kk
    cancelled: 'Әрекетті пайдаланушы тоқтатты', // UNCONFIRMED kk
    tryAgain: 'Қайталау', // UNCONFIRMED kk
    requestingCode: 'Код жіберілуде…', // UNCONFIRMED kk
    codeSent: 'Тіркелген телефон нөміріңізге SMS-код жіберілді.', // UNCONFIRMED kk
    codeLabel: 'SMS-тегі код', // UNCONFIRMED kk
    codeHint: (p) => withNumber(p, 'n', 'Тек сандар', (n) => `${n} сан`), // UNCONFIRMED kk
    confirm: 'Растау', // UNCONFIRMED kk
    checkingCode: 'Код тексерілуде…', // UNCONFIRMED kk
    resend: 'Кодты қайта жіберу', // UNCONFIRMED kk
    resendIn: 'Жаңа кодты {seconds} с кейін сұрауға болады', // UNCONFIRMED kk
    attemptsLeft: 'Қалған әрекет саны: {n}', // UNCONFIRMED kk
    signMobile: 'eGov Mobile арқылы қол қою', // UNCONFIRMED kk
    ncalayerPermissionHint: 'Браузер бұл сайтқа құрылғыңыздағы қолданбаларға кіруге рұқсат беру-бермеуді сұраса, «Рұқсат беру» түймесін басыңыз: ол NCALayer-мен осылай байланысады.', // UNCONFIRMED kk
    mobilePreparing: 'eGov Mobile арқылы қол қою дайындалуда…', // UNCONFIRMED kk
    mobileWaiting: 'eGov Mobile-дағы растауыңызды күтудеміз…', // UNCONFIRMED kk
    mobileScan: 'Телефоныңызда eGov Mobile-ды ашып, QR-сканерді таңдап, оны осы кодқа бағыттаңыз. Содан кейін қолданбада қол қоюды растаңыз.', // UNCONFIRMED kk
    mobileOnPhone: 'Төмендегі түйме арқылы eGov Mobile-ды ашып, қолданбада қол қоюды растаңыз, содан кейін осы бетке оралыңыз.', // UNCONFIRMED kk
    mobileQrLabel: 'eGov Mobile-да қол қоюға арналған QR-код', // UNCONFIRMED kk
    mobileOpenApp: 'eGov Mobile-ды ашу', // UNCONFIRMED kk
    mobileTimeLeft: 'Қалған уақыт: {time}', // UNCONFIRMED kk
    noMethodHere: 'Мұнда ұсынылған қол қою тәсілдерінің ешқайсысы бұл құрылғыда жұмыс істемейді. ЭЦҚ үшін компьютердегі NCALayer қажет: бұл бетті компьютерде ашыңыз.', // UNCONFIRMED kk
  },
  /** Submission, receipt, prefill and date entry (issue 15): camelCase keys. */
  journey: {
    sending: 'Жіберілуде…', // UNCONFIRMED kk
    sendingHint: 'Өтініш қызметке жіберілуде. Бұл бір минутқа созылуы мүмкін: бетті жаппаңыз.', // UNCONFIRMED kk
    failedTitle: 'Өтініш жіберілмеді', // UNCONFIRMED kk
    retry: 'Қайта жіберу', // UNCONFIRMED kk
    receiptTitle: 'Өтініш қабылданды', // UNCONFIRMED kk
    receiptLead: 'Қызмет өтінішіңізді алды. Осы түбіртекті сақтаңыз: басып шығарыңыз немесе PDF ретінде сақтаңыз.', // UNCONFIRMED kk
    reference: 'Өтініш нөмірі', // UNCONFIRMED kk
    child: 'Бала', // UNCONFIRMED kk
    service: 'Қызмет', // UNCONFIRMED kk
    receivedAt: 'Жіберілген уақыты (Қазақстан уақыты)', // UNCONFIRMED kk
    documents: 'Жіберілген құжаттар', // UNCONFIRMED kk
    hostMessage: 'Қызметтің хабарламасы', // UNCONFIRMED kk
    nextTitle: 'Әрі қарай не болады', // UNCONFIRMED kk
    print: 'Түбіртекті басып шығару', // UNCONFIRMED kk
    technical: 'Техникалық мәліметтер', // UNCONFIRMED kk
    idempotencyKey: 'Идемпотенттілік кілті', // UNCONFIRMED kk
    digest: 'Қол қойылған өтініштің хеші', // UNCONFIRMED kk
    signedTitle: 'Өтінішке қол қойылды', // UNCONFIRMED kk
    signedLead: 'Өтінішке осы құрылғыда қол қойылып, сайтқа берілді. Сайт оны алғанын растайды.', // UNCONFIRMED kk
    signedAt: 'Қол қойылған уақыты (Қазақстан уақыты)', // UNCONFIRMED kk
    fromRecords: 'мемлекеттік деректерден', // UNCONFIRMED kk
    lookupLoading: 'Бала туралы мәліметтер мемлекеттік деректерден ізделуде…', // UNCONFIRMED kk
    lookupFound: 'Баланың мәліметтері мемлекеттік деректерден толтырылды. Тексеріңіз.', // UNCONFIRMED kk
    lookupNone: 'Бұл ЖСН бойынша мемлекеттік деректерден мәлімет табылмады. Өзіңіз толтырыңыз.', // UNCONFIRMED kk
    lookupFailed: 'Мемлекеттік деректерге қазір қол жеткізу мүмкін емес. Мәліметтерді өзіңіз толтырыңыз.', // UNCONFIRMED kk
    suggestDate: '{date} күнін қою (ЖСН бойынша)', // UNCONFIRMED kk
    suggestDateHint: 'ЖСН-нің алғашқы сандары осы күнді көрсетеді. 2013 жылдан бері олар туған күнмен сәйкес келмеуі мүмкін: дұрыс болса ғана таңдаңыз.', // UNCONFIRMED kk
    dateHint: 'Күні, айы және жылы, мысалы 15.03.2020', // UNCONFIRMED kk
    chooseYesNo: '«Иә» немесе «Жоқ» таңдаңыз.', // UNCONFIRMED kk
    chooseOne: 'Нұсқалардың бірін таңдаңыз.', // UNCONFIRMED kk
    required: 'міндетті', // UNCONFIRMED kk
  },
  /** What happens after the host received the application (rules: nextSteps): camelCase keys, kebab-case step ids. */
  nextStep: {
    'school-reviews': 'Мектеп өтініш пен құжаттарды қарап, шешімін хабарлайды.', // UNCONFIRMED kk
    'originals-in-person': 'Ұйым сұрағанда, тексеру үшін құжаттардың түпнұсқаларын әкеліңіз.', // UNCONFIRMED kk
    'history-notice': 'Өтінішті қарау нәтижесі туралы хабарлама порталдағы жеке кабинетке («Қызметтер алу тарихы») қызмет көрсету мерзімінде келеді.', // UNCONFIRMED kk
    'quote-reference': 'Осы өтініш бойынша мектепке не қызметке хабарлассаңыз, жоғарыдағы нөмірді айтыңыз.', // UNCONFIRMED kk
  },
  drafts: {
    restored: 'Жоба қалпына келтірілді: {time} сақталған.', // UNCONFIRMED kk
    startOver: 'Басынан бастау', // UNCONFIRMED kk
    off: 'Бұл құрылғыда жобалар сақталмайды: {reason} Нысан жұмыс істейді, бірақ бет жабылса, жауаптар мен файлдар жоғалады.', // UNCONFIRMED kk
    reasonQuota: 'браузердің жады толы.', // UNCONFIRMED kk
    reasonUnavailable: 'браузер бетке деректерді сақтауға рұқсат бермейді (мысалы, жасырын режимде).', // UNCONFIRMED kk
    reattach: 'Бұл файлдарды құрылғыда сақтау мүмкін болмады. Оларды қайта тіркеңіз:', // UNCONFIRMED kk
    reattachItem: '{document}: {name}',
    signedElsewhere: 'Бұл өтінішке басқа қойындыда немесе терезеде қол қойылды, сондықтан бұл бетте оның жобасы енді сақталмайды. Жаңа өтініш беру үшін «Қайта бастау» түймесін басыңыз.', // UNCONFIRMED kk
  },
};

export default kk;
