"""Fictional-household name data per origin: Latin spellings as found in papers, native script."""

from __future__ import annotations

from dataclasses import dataclass

# German papers often drop the diacritics of Turkish and French names.
_FOLD = str.maketrans("ıİşŞğĞçÇöÖüÜéÉèëïÏîêûôâ", "iIsSgGcCoOuUeEeeiIieuoa")


@dataclass(frozen=True, slots=True)
class Name:
    """One name: its spellings in Latin letters (most common first) and its native-script form."""

    latin: tuple[str, ...]
    native: str = ""


def _names(text: str, *, fold: bool = False) -> tuple[Name, ...]:
    """Read lines of the form ``Spelling|Other spelling = native`` (the native part optional).

    With ``fold``, a spelling without diacritics is added where it differs.
    """
    names = []
    for line in text.strip().splitlines():
        latin, _, native = line.partition("=")
        spellings = [s.strip() for s in latin.split("|")]
        if fold:
            for spelling in list(spellings):
                folded = spelling.translate(_FOLD)
                if folded not in spellings:
                    spellings.append(folded)
        names.append(Name(tuple(spellings), native.strip()))
    return tuple(names)


# --- Arabic (Syria, Iraq, Yemen, Palestinians from Syria) -----------------------------------

ARABIC_MALE = _names("""
Mohammed|Muhammad|Mohamad|Mohamed|Mohammad|Muhammed = محمد
Ahmad|Ahmed = أحمد
Mahmoud|Mahmud = محمود
Hussein|Husain|Hussain = حسين
Hassan|Hasan = حسن
Ali = علي
Omar|Umar = عمر
Khaled|Khalid|Chaled = خالد
Yusuf|Youssef|Yousef|Jusuf = يوسف
Abdulrahman|Abdul Rahman|Abd al-Rahman|Abdelrahman = عبد الرحمن
Abdullah|Abdallah|Abd Allah = عبد الله
Abdulkarim|Abdul Karim|Abdelkarim = عبد الكريم
Ibrahim|Ebrahim = إبراهيم
Mustafa|Moustafa|Mostafa = مصطفى
Samer = سامر
Walid|Waleed = وليد
Rami = رامي
Firas|Feras = فراس
Bassel|Basil = باسل
Tarek|Tariq = طارق
Ziad|Ziyad = زياد
Maher = ماهر
Nizar = نزار
Jamal|Gamal = جمال
Karim|Kareem = كريم
Ammar = عمار
Anas = أنس
Bilal = بلال
Hamza|Hamzah = حمزة
Suleiman|Sulaiman|Soliman = سليمان
Issa|Isa = عيسى
Musa|Moussa = موسى
Said|Saeed = سعيد
Fadi = فادي
Hani = هاني
Mazen = مازن
Nabil = نبيل
Adel|Adil = عادل
Qasim|Kassem|Kasim = قاسم
Haider|Hayder = حيدر
Abbas = عباس
Murtada|Mortada = مرتضى
Jaafar|Jafar = جعفر
Muhannad|Mohanad = مهند
Yasser|Yasir = ياسر
Iyad|Eyad = إياد
Laith|Layth = ليث
Yazan = يزن
Adam = آدم
Othman|Osman|Uthman = عثمان
Saleh|Salih = صالح
Nasser|Naser = ناصر
""")

ARABIC_FEMALE = _names("""
Fatima|Fatma|Fatmeh = فاطمة
Zainab|Zeinab|Zaynab = زينب
Maryam|Mariam = مريم
Aisha|Aischa|Aysha = عائشة
Khadija|Khadidja|Chadija = خديجة
Nour|Noor|Nur = نور
Rana = رنا
Heba|Hiba = هبة
Reem|Rim = ريم
Sara|Sarah = سارة
Layla|Leila|Laila = ليلى
Huda|Houda = هدى
Amal = أمل
Rasha = رشا
Dima = ديما
Lina = لينا
Raghad = رغد
Alaa|Ala'a = آلاء
Israa|Esraa = إسراء
Doaa|Duaa = دعاء
Mona|Muna = منى
Salma = سلمى
Suad|Souad = سعاد
Nadia|Nadja = نادية
Samira = سميرة
Jamila = جميلة
Hanan = حنان
Wafaa|Wafa = وفاء
Iman|Eman = إيمان
Yasmin|Jasmin|Yasmine = ياسمين
Ruaa|Roaa = رؤى
Shaimaa|Shaima = شيماء
Asmaa|Asma = أسماء
Batoul|Batool = بتول
Zahraa|Zahra = زهراء
Ghadeer|Ghadir = غدير
Hala = هلا
Jana = جنى
Lama = لمى
Tasnim|Tasneem = تسنيم
Rahaf = رهف
Bayan = بيان
Mais|Mays = ميس
Abeer|Abir = عبير
Nisreen|Nesrin = نسرين
Rawan = روان
""")

SYRIAN_FAMILY = _names("""
Al-Ahmad|Alahmad|Al Ahmad = الأحمد
Al-Hassan|Alhasan|Al Hassan = الحسن
Al-Ali|Alali = العلي
Al-Khatib|Alkhatib|El-Khatib = الخطيب
Haddad = حداد
Khalil|Chalil = خليل
Hamdan = حمدان
Darwish|Darwisch = درويش
Al-Halabi|Halabi = الحلبي
Al-Shami|Alshami|Al-Chami = الشامي
Al-Masri|Almasri = المصري
Othman|Osman = عثمان
Al-Homsi|Homsi = الحمصي
Kassem|Qasem = قاسم
Najjar|Naddschar = نجار
Al-Omar|Alomar = العمر
Al-Hussein|Alhussein|Al-Husain = الحسين
Youssef|Yousef|Yusuf = يوسف
Ibrahim = إبراهيم
Mohamad|Mohammed = محمد
Al-Hamoud|Alhamoud = الحمود
Al-Sayed|Alsayed|El-Sayed = السيد
Al-Jasem|Aljasem|Al-Jassim = الجاسم
Al-Mohammad|Almohamad = المحمد
Al-Saleh|Alsaleh = الصالح
Al-Abdullah|Alabdallah = العبدالله
Al-Rifai|Alrefaai = الرفاعي
Al-Zoubi|Alzoubi|Al-Zubi = الزعبي
Al-Kurdi|Alkurdi = الكردي
Al-Hariri|Alhariri = الحريري
Al-Khaled|Alkhaled = الخالد
Diab|Dyab = دياب
Shehadeh|Chehade|Schehadeh = شحادة
Issa|Eissa = عيسى
Suleiman|Sleiman = سليمان
Hassoun|Hassun = حسون
Bakkour|Bakour = بكور
Al-Assaf|Alassaf = العساف
Kabbani|Qabbani = قباني
Taha = طه
Abdulrahman|Abdul Rahman|Abd al-Rahman = عبد الرحمن
Al-Abed|Alabed = العبد
""")

IRAQI_FAMILY = _names("""
Al-Jubouri|Aljuboori|Al-Jaburi = الجبوري
Al-Obaidi|Alobaidi|Al-Ubaidi = العبيدي
Al-Saadi|Alsaadi = الساعدي
Al-Dulaimi|Aldulaimi = الدليمي
Al-Tamimi|Altamimi = التميمي
Al-Rubaie|Alrubaiy = الربيعي
Al-Shammari|Alshammari = الشمري
Al-Zubaidi|Alzubaidi = الزبيدي
Al-Khafaji|Alkhafaji = الخفاجي
Al-Musawi|Al-Mousawi = الموسوي
Al-Husseini|Alhusaini = الحسيني
Al-Azzawi|Alazzawi = العزاوي
Al-Kaabi|Alkaabi = الكعبي
Al-Bayati|Albayati = البياتي
Al-Janabi|Aljanabi = الجنابي
Al-Asadi|Alasadi = الأسدي
Al-Amiri|Alameri = العامري
Al-Hilli|Alhilli = الحلي
Al-Maliki|Almaliki = المالكي
Al-Taie|Altaee = الطائي
Hassan|Hasan = حسن
Jasim|Jassim|Jassem = جاسم
Kadhim|Kazem|Kazim = كاظم
Abdulhussein|Abdul Hussein|Abd al-Husain = عبد الحسين
Al-Yasiri|Alyasiri = الياسري
Al-Samarrai|Alsamarrai = السامرائي
Al-Kubaisi|Alkubaisi = الكبيسي
Al-Nuaimi|Alnuaimi = النعيمي
Al-Anazi|Alenezi = العنزي
Al-Hamdani|Alhamdani = الحمداني
Al-Rawi|Alrawi = الراوي
Al-Hashimi|Alhashimi = الهاشمي
Al-Basri|Albasri = البصري
Al-Mashhadani|Almashhadani = المشهداني
Al-Lami|Allami = اللامي
Al-Fatlawi|Alfatlawi = الفتلاوي
Dawood|Dawud|Daoud = داود
Younis|Yunus|Younes = يونس
Khudair|Khidr|Khader = خضير
Aziz = عزيز
""")

YEMENI_FAMILY = _names("""
Al-Hashedi|Alhashedi = الحاشدي
Al-Ahdal|Alahdal = الأهدل
Al-Yafei|Al-Yafai = اليافعي
Al-Hadrami|Alhadrami = الحضرمي
Al-Sanani|Alsanani = الصنعاني
Al-Maqtari|Almaqtari = المقطري
Al-Aghbari|Alaghbari = الأغبري
Al-Haddad|Alhaddad = الحداد
Bawazir|Ba Wazir = باوزير
Al-Zubairi|Alzubairi = الزبيري
Al-Awlaqi|Alawlaki = العولقي
Qasim|Kassim = قاسم
Al-Absi|Alabsi = العبسي
Al-Wesabi|Alwesabi = الوصابي
Al-Raimi|Alraimi = الريمي
Al-Odaini|Alodaini = العديني
Al-Mekhlafi|Almekhlafi = المخلافي
Al-Sharabi|Alsharabi = الشرعبي
Al-Himyari|Alhimyari = الحميري
""")

PALESTINIAN_FAMILY = _names("""
Awad = عوض
Abu Aisha|Abuaisha = أبو عيشة
Odeh|Audeh = عودة
Mansour|Mansur = منصور
Zeidan|Zaidan = زيدان
Abdelhadi|Abdul Hadi = عبد الهادي
Al-Sheikh|Alsheikh = الشيخ
Salameh|Salama = سلامة
Nassar = نصار
Ayyash|Ayash = عياش
Jaber|Jabr = جبر
Al-Barghouthi|Barghouti = البرغوثي
Hammad = حماد
Abu Zeid|Abuzeid = أبو زيد
Yacoub|Yaqub = يعقوب
Ghoneim|Ghnaim = غنيم
Mosleh|Musleh = مصلح
Hassouna|Hassuna = حسونة
""")

# --- Kurds from Syria (Kurmanji names as written in Syrian papers, Arabic script) ---------

KURMANJI_SY_MALE = _names("""
Azad = آزاد
Shiyar|Schiyar|Siyar = شيار
Rebar|Reber = ريبر
Hozan = هوزان
Ciwan|Jwan|Juan = جوان
Dilshad|Dilschad = دلشاد
Rojhat = روجهات
Kawa|Kava = كاوا
Zana = زانا
Baran = باران
Alan = آلان
Shivan|Schivan = شفان
Serdar|Sardar = سردار
Brusk = بروسك
Rodi = رودي
Aram = آرام
Heval = هفال
Welat|Walat = ولات
""")

KURMANJI_SY_FEMALE = _names("""
Berivan|Beriwan = بيريفان
Rojin = روجين
Dilvin|Dilfin = دلفين
Newroz|Nawroz = نوروز
Hevin|Hevi = هيفين
Zozan = زوزان
Jiyan|Jian = جيان
Helin = هيلين
Ronahi = روناهي
Gulistan|Golestan = كولستان
Stera = ستيرا
Lilan = ليلان
Shirin = شيرين
Dilan = ديلان
Avin|Afin = آفين
Zilan = زيلان
Shilan = شيلان
""")

KURMANJI_SY_FAMILY = _names("""
Sheikho|Scheikho|Shekho = شيخو
Hamo|Hammo = حمو
Mamo = مامو
Hasso|Haso = حسو
Sido|Seydo = سيدو
Kalo = كالو
Issa|Eissa = عيسى
Mousa|Musa = موسى
Khalil|Chalil = خليل
Hussein|Husein = حسين
Osman|Othman = عثمان
Rashid|Raschid = رشيد
Haji|Hadschi = حاجي
Mahmoud|Mahmud = محمود
Ali = علي
Omar|Umar = عمر
Ibo = إيبو
Bakr|Bakir = بكر
Oso|Osso = أوسو
Abdo|Abdu = عبدو
Ibrahim|Ebrahim = إبراهيم
Murad|Mourad = مراد
""")

# --- Kurds from Iraq (Sorani spelling: Persian ی and ک, Kurdish ە ێ ۆ ڕ ڵ ڤ) -----------------

SORANI_MALE = _names("""
Karwan|Karvan = کاروان
Rebwar|Rebuar = ڕێبوار
Sherwan|Shirwan = شێروان
Hemin = هێمن
Dilshad = دڵشاد
Aram = ئارام
Bakhtiyar|Bachtiar = بەختیار
Saman = سامان
Hawre|Hawri = هاوڕێ
Kawa|Kawe = کاوە
Zana = زانا
Goran = گۆران
Hoshyar|Hoschiar = هۆشیار
Sirwan = سیروان
Azad = ئازاد
Dler|Diler = دلێر
Nawzad|Nawsad = نەوزاد
Karzan = کارزان
Aso = ئاسۆ
Shwan|Shuan = شوان
Rebin = ڕێبین
Peshtiwan|Pishtiwan = پشتیوان
Ahmed|Ahmad = ئەحمەد
Mohammed|Muhammad = محەمەد
Omer|Omar = عومەر
""")

SORANI_FEMALE = _names("""
Shilan = شیلان
Nazdar = نازدار
Chiman|Tschiman = چیمەن
Bafrin|Befrin = بەفرین
Rozhin|Roshin = ڕۆژین
Nasrin|Nesrin = نەسرین
Kazhal|Kajal = کەژاڵ
Lana = لانا
Zhiyan|Jiyan = ژیان
Sazan = سازان
Tara = تارا
Darya|Deria = دەریا
Hero = هێرۆ
Gulala = گوڵاڵە
Bahar = بەهار
Vian|Viyan = ڤیان
Shno|Schno = شنۆ
Evin = ئەڤین
Pari|Peri = پەری
Rukhsar|Ruxsar = ڕوخسار
Kwestan|Kuestan = کوێستان
Sirwa|Serwa = سروە
""")

SORANI_FAMILY = _names("""
Ahmed|Ahmad = ئەحمەد
Mohammed|Muhammad = محەمەد
Abdulla|Abdullah = عەبدوڵڵا
Rasul|Rasool = ڕەسوڵ
Karim = کەریم
Aziz = عەزیز
Qadir|Kadir = قادر
Jaff|Jaf = جاف
Hawrami|Hewrami = هەورامی
Mahmood|Mahmud = مەحموود
Omar|Omer = عومەر
Salih|Saleh = ساڵح
Hassan|Hasan = حەسەن
Ismail|Ismael = ئیسماعیل
Faraj|Farag = فەرەج
Amin = ئەمین
Barzinji|Barzanji = بەرزنجی
Hama = حەمە
Mustafa|Mostafa = مستەفا
Khidir|Khider = خدر
""")

# --- Afghanistan (Dari spelling; a few Pashto names with Pashto letters) --------------------

AFGHAN_MALE = _names("""
Mohammad|Mohammed|Muhammad|Mohamad = محمد
Ahmad|Ahmed = احمد
Gul Ahmad|Gulahmad|Gol Ahmad = گل‌احمد
Zabihullah|Zabiullah|Sabihullah = ذبیح‌الله
Hamidullah = حمیدالله
Rahmatullah|Rahmatollah = رحمت‌الله
Najibullah|Nadschibullah = نجیب‌الله
Abdullah|Abdolah = عبدالله
Noor|Nur = نور
Wali|Vali = ولی
Sher|Shir = شیر
Jawid|Javid|Dschawid = جاوید
Farid = فرید
Massoud|Masood|Masud = مسعود
Habib = حبیب
Rahim = رحیم
Karim = کریم
Aziz = عزیز
Nasir|Naseer = نصیر
Bashir|Baschir = بشیر
Qadir|Ghadir|Kadir = قدیر
Ali = علی
Hussain|Hossein|Husain = حسین
Reza|Raza = رضا
Murtaza|Mortaza = مرتضی
Yousuf|Yusuf|Jusuf = یوسف
Idris|Edris = ادریس
Sohrab = سهراب
Milad = میلاد
Omid|Umed = امید
Farhad = فرهاد
Shafiq = شفیق
Samiullah = سمیع‌الله
Abdul Rahman|Abdulrahman|Abdurahman = عبدالرحمن
Navid|Nawid = نوید
Ilyas|Elias = الیاس
Amin = امین
Mustafa|Mostafa = مصطفی
Jamshid|Dschamschid = جمشید
Khan Mohammad|Khanmohammad = خان‌محمد
Sayed|Sayyed = سید
Asadullah = اسدالله
Hekmatullah|Hikmatullah = حکمت‌الله
Zalmai|Zalmay = ځلمی
""")

AFGHAN_FEMALE = _names("""
Fatima|Fatema = فاطمه
Zahra = زهرا
Maryam|Mariam = مریم
Gulalai|Gulalay = گلالی
Nazanin = نازنین
Fereshta|Farishta = فرشته
Mursal = مرسل
Zarghona|Zarghuna = زرغونه
Shabnam|Schabnam = شبنم
Malalai = ملالی
Nilofar|Nilufar = نیلوفر
Parwana|Parvaneh = پروانه
Roya = رویا
Sima = سیما
Shakila = شکیلا
Fariba = فریبا
Laila|Leila = لیلا
Gul Bibi|Gulbibi = گل‌بی‌بی
Hamida = حمیده
Nasrin = نسرین
Zainab|Zeynab = زینب
Khadija = خدیجه
Aisha|Ayesha = عایشه
Tahera = طاهره
Mina = مینا
Homa|Huma = هما
Sahar = سحر
Setara|Sitara = ستاره
Mozhgan|Muzhgan = مژگان
Parisa = پریسا
Zhila|Jila = ژیلا
Nargis|Narges = نرگس
Soraya|Suraya = ثریا
Shirin = شیرین
Maliha = ملیحه
Sediqa|Siddiqa = صدیقه
Kubra|Kobra = کبری
Rahima = رحیمه
Zulaikha|Zuleikha = زلیخا
Mahtab = مهتاب
Farzana = فرزانه
Yalda = یلدا
Spogmai|Spozhmai = سپوږمۍ
Pashtana = پښتنه
""")

AFGHAN_FAMILY = _names("""
Ahmadi = احمدی
Rahimi = رحیمی
Hashimi|Hashemi = هاشمی
Hussaini|Hosseini = حسینی
Karimi = کریمی
Sultani|Soltani = سلطانی
Popal = پوپل
Stanikzai|Stanekzai = ستانکزی
Ahmadzai = احمدزی
Safi = صافی
Noori|Nuri = نوری
Sadat = سادات
Wardak = وردک
Mohammadi|Muhammadi = محمدی
Rezaie|Rezaei = رضایی
Jafari|Jaafari = جعفری
Azizi = عزیزی
Amiri = امیری
Haidari|Heydari = حیدری
Nazari = نظری
Samadi = صمدی
Habibi = حبیبی
Rasuli|Rasooli = رسولی
Yousafzai|Yusufzai = یوسفزی
Sharifi = شریفی
Qaderi|Ghaderi = قادری
Akbari = اکبری
Rahmani = رحمانی
Naseri|Nasiri = ناصری
Sediqi|Siddiqi = صدیقی
Tokhi = توخی
Mangal = منگل
Kakar = کاکړ
Niazi = نیازی
Osmani|Usmani = عثمانی
Faizi = فیضی
Noorzai|Nurzai = نورزی
Alizai = علیزی
Momand|Mohmand = مومند
Ghafoori|Ghafuri = غفوری
Kohistani = کوهستانی
Balkhi = بلخی
Herawi|Heravi = هروی
Sarwari|Sarvari = سروری
Khalili = خلیلی
Yaqubi|Yakubi = یعقوبی
""")

# --- Iran (Persian spelling) ---------------------------------------------------------------

IRANIAN_MALE = _names("""
Ali = علی
Reza = رضا
Mohammad|Mohammed = محمد
Hossein|Hosein|Hussein = حسین
Mehdi|Mahdi = مهدی
Amir = امیر
Hamid = حمید
Saeed|Said = سعید
Majid|Madschid = مجید
Behnam = بهنام
Babak = بابک
Kaveh = کاوه
Arash = آرش
Omid = امید
Farhad = فرهاد
Dariush|Daryoush = داریوش
Kourosh|Kurosh = کوروش
Peyman|Payman = پیمان
Pouya|Puya = پویا
Siavash|Siawasch = سیاوش
Navid = نوید
Ehsan = احسان
Javad|Jawad = جواد
Mojtaba = مجتبی
Morteza = مرتضی
Masoud|Massoud = مسعود
Bahram = بهرام
Hooman|Houman = هومن
Shahin = شاهین
Parviz|Parwiz = پرویز
Kamran = کامران
Milad = میلاد
Sina = سینا
Arman = آرمان
Shahram = شهرام
Mohsen = محسن
Hadi = هادی
Ramin = رامین
Soroush|Sorush = سروش
Pejman|Pezhman = پژمان
Vahid|Wahid = وحید
Abbas = عباس
Yousef|Yusef = یوسف
Amirhossein|Amir Hossein = امیرحسین
Mohammadreza|Mohammad Reza = محمدرضا
Aliakbar|Ali Akbar = علی‌اکبر
""")

IRANIAN_FEMALE = _names("""
Maryam = مریم
Fatemeh|Fatime = فاطمه
Zahra = زهرا
Leila|Leyla = لیلا
Shirin = شیرین
Sara = سارا
Narges = نرگس
Parisa = پریسا
Nasrin = نسرین
Mahsa = مهسا
Azadeh = آزاده
Elham = الهام
Fereshteh = فرشته
Golnaz = گلناز
Mina = مینا
Neda = ندا
Roya = رویا
Samira = سمیرا
Shabnam = شبنم
Soheila|Soheyla = سهیلا
Tahmineh = تهمینه
Yasaman = یاسمن
Zeynab|Zeinab = زینب
Mahnaz = مهناز
Parvaneh = پروانه
Niloufar|Nilufar = نیلوفر
Marjan = مرجان
Ladan = لادن
Haleh = هاله
Sepideh = سپیده
Bahareh = بهاره
Negar = نگار
Ziba = زیبا
Atefeh = عاطفه
Kimia = کیمیا
Hasti = هستی
Setareh = ستاره
Shiva = شیوا
Farzaneh = فرزانه
Mozhgan|Mojgan = مژگان
Pegah = پگاه
Taraneh = ترانه
""")

IRANIAN_FAMILY = _names("""
Ahmadi = احمدی
Hosseini|Hoseini = حسینی
Mohammadi = محمدی
Rezaei|Rezaie = رضایی
Karimi = کریمی
Moradi = مرادی
Jafari|Djafari = جعفری
Rahimi = رحیمی
Hashemi = هاشمی
Mousavi|Musavi = موسوی
Ghasemi|Qasemi = قاسمی
Sadeghi|Sadeqi = صادقی
Heidari|Heydari = حیدری
Kazemi = کاظمی
Ebrahimi = ابراهیمی
Akbari = اکبری
Nazari = نظری
Zamani = زمانی
Shirazi = شیرازی
Tehrani = تهرانی
Rostami = رستمی
Najafi = نجفی
Salehi = صالحی
Sharifi = شریفی
Amini = امینی
Bagheri|Baqeri = باقری
Asadi = اسدی
Azizi = عزیزی
Soltani = سلطانی
Ghorbani|Qorbani = قربانی
Khodadadi = خدادادی
Norouzi|Nowruzi = نوروزی
Farahani = فراهانی
Tavakoli = توکلی
Kiani = کیانی
Yazdani = یزدانی
Abbasi = عباسی
Jalali = جلالی
Kamali = کمالی
Esfandiari = اسفندیاری
Pourmand = پورمند
Mirzaei|Mirzaie = میرزایی
Zarei = زارعی
Dehghan|Dehqan = دهقان
""")

# --- Eritrea (Tigrinya, Ge'ez script; family name = father's given name) --------------------

TIGRINYA_MALE = _names("""
Yonas|Jonas = ዮናስ
Dawit|Dawid = ዳዊት
Tesfay|Tesfai = ተስፋይ
Amanuel|Emanuel = ኣማኑኤል
Samson = ሳምሶን
Mikael|Michael = ሚካኤል
Kidane = ኪዳነ
Kibrom|Kbrom = ክብሮም
Filmon|Filimon = ፊልሞን
Habte = ሃብተ
Zerai|Zeray = ዘርኣይ
Mehari = መሓሪ
Berhane|Birhane = ብርሃነ
Tekle = ተኽለ
Abraham|Abrham = ኣብርሃም
Yemane|Jemane = የማነ
Solomon = ሰሎሞን
Tewolde = ተወልደ
Haile = ሃይለ
Yosef|Josef = ዮሴፍ
Henok = ሄኖክ
Natnael = ናትናኤል
Awet = ዓወት
Robel = ሮቤል
Ermias = ኤርምያስ
Girmay|Germay = ግርማይ
Fitsum = ፍጹም
Biniam|Binyam = ቢንያም
Mussie|Muse = ሙሴ
Sirak = ሲራክ
Hagos = ሓጎስ
Gebrehiwet = ገብረሂወት
Tesfaldet = ተስፋልደት
Aron = ኣሮን
Asmerom = ኣስመሮም
Yohannes|Johannes = ዮሃንስ
Mohammed|Mohamed = መሓመድ
Omer|Umer = ዑመር
Idris = ኢድሪስ
Samuel = ሳሙኤል
Daniel = ዳኒኤል
Petros = ጴጥሮስ
""")

TIGRINYA_FEMALE = _names("""
Selam = ሰላም
Helen = ሄለን
Saba = ሳባ
Lidia|Lydia = ሊድያ
Ruth|Rut = ሩት
Eden = ኤደን
Winta = ዊንታ
Feven = ፌቨን
Asmeret = ኣስመረት
Brikti|Birikti = ብርኽቲ
Letebrhan|Letebirhan = ለተብርሃን
Timnit = ትምኒት
Samrawit = ሳምራዊት
Elsa = ኤልሳ
Miriam|Mirjam = ሚርያም
Betelhem|Bethlehem = ቤተልሄም
Freweini|Frewoini = ፍረወይኒ
Zewdi = ዘውዲ
Azeb = ኣዜብ
Hadas = ሓዳስ
Senait|Senayt = ሰናይት
Hana|Hanna = ሃና
Marta = ማርታ
Yodit|Judith = ዮዲት
Rahel = ራሄል
Almaz = ኣልማዝ
Mihret = ምሕረት
Akberet = ኣክበረት
Semhar = ሰምሃር
Danait = ዳናይት
Lula = ሉላ
Fatma = ፋጥማ
Amina = ኣሚና
Sofia = ሶፍያ
Nardos = ናርዶስ
Yordanos = ዮርዳኖስ
Tirhas = ትርሓስ
Abrehet = ኣብረሀት
Saron = ሳሮን
""")

# --- Ukraine and Russia (Cyrillic) ----------------------------------------------------------

UKRAINIAN_MALE = _names("""
Oleksandr|Olexandr|Aleksandr|Oleksander = Олександр
Andrii|Andriy|Andrij = Андрій
Dmytro|Dmitro = Дмитро
Serhii|Serhiy|Sergii = Сергій
Ivan = Іван
Mykola|Mikola = Микола
Vasyl|Wasyl = Василь
Volodymyr|Wolodymyr = Володимир
Yurii|Yuriy|Iurii = Юрій
Petro = Петро
Bohdan|Bogdan = Богдан
Maksym|Maksim = Максим
Viktor|Wiktor = Віктор
Oleh|Oleg = Олег
Ihor|Igor = Ігор
Taras = Тарас
Roman = Роман
Mykhailo|Mykhaylo|Mychajlo = Михайло
Artem = Артем
Denys|Denis = Денис
Yevhen|Ievgen|Evgen = Євген
Vitalii|Vitaliy = Віталій
Pavlo = Павло
Anatolii|Anatoliy = Анатолій
Hryhorii|Hryhoriy = Григорій
Stepan = Степан
Yaroslav|Jaroslaw = Ярослав
Stanislav = Станіслав
Nazar = Назар
Ostap = Остап
Kyrylo|Kirill = Кирило
Danylo|Danilo = Данило
Matvii|Matviy = Матвій
Tymofii|Tymofiy = Тимофій
Vladyslav|Vladislav = Владислав
Vadym|Vadim = Вадим
Ruslan = Руслан
Valerii|Valeriy = Валерій
Kostiantyn|Kostyantyn = Костянтин
Leonid = Леонід
Fedir = Федір
Illia|Illya|Ilya = Ілля
""")

UKRAINIAN_FEMALE = _names("""
Nataliia|Natalia|Nataliya = Наталія
Olena|Elena = Олена
Oksana = Оксана
Iryna|Irina = Ірина
Tetiana|Tatiana|Tetyana = Тетяна
Svitlana = Світлана
Yuliia|Yulia|Iuliia = Юлія
Anna = Анна
Mariia|Maria|Mariya = Марія
Kateryna|Katerina = Катерина
Liudmyla|Lyudmyla|Ludmila = Людмила
Halyna|Galina = Галина
Viktoriia|Viktoriya = Вікторія
Olha|Olga = Ольга
Nadiia|Nadiya = Надія
Valentyna = Валентина
Larysa = Лариса
Daryna = Дарина
Sofiia|Sofiya|Sofia = Софія
Anastasiia|Anastasiya = Анастасія
Veronika = Вероніка
Khrystyna|Chrystyna = Христина
Maryna|Marina = Марина
Alina = Аліна
Yana|Jana = Яна
Zoriana|Zoryana = Зоряна
Lesia|Lesya = Леся
Liubov|Lyubov = Любов
Hanna|Ganna = Ганна
Yevheniia|Yevheniya = Євгенія
Diana = Діана
Myroslava = Мирослава
Polina = Поліна
Zlata = Злата
Yelyzaveta|Elizaveta = Єлизавета
Uliana|Ulyana = Уляна
Solomiia|Solomiya = Соломія
Bohdana = Богдана
Inna = Інна
Tamara = Тамара
Vira|Wira = Віра
""")

UKRAINIAN_FAMILY = _names("""
Shevchenko|Schewtschenko = Шевченко
Kovalenko|Kowalenko = Коваленко
Bondarenko = Бондаренко
Tkachenko|Tkatschenko = Ткаченко
Kravchenko|Krawtschenko = Кравченко
Melnyk|Melnik = Мельник
Boiko|Boyko = Бойко
Koval|Kowal = Коваль
Oliinyk|Oliynyk|Olijnyk = Олійник
Shevchuk|Schewtschuk = Шевчук
Polishchuk|Polischtschuk = Поліщук
Lysenko|Lissenko = Лисенко
Savchenko|Sawtschenko = Савченко
Rudenko = Руденко
Marchenko|Martschenko = Марченко
Moroz = Мороз
Petrenko = Петренко
Kuzmenko = Кузьменко
Pavlenko|Pawlenko = Павленко
Klymenko|Klimenko = Клименко
Levchenko|Lewtschenko = Левченко
Honcharenko|Goncharenko = Гончаренко
Sydorenko|Sidorenko = Сидоренко
Kravchuk|Krawtschuk = Кравчук
Tkachuk = Ткачук
Romaniuk|Romanyuk = Романюк
Savchuk = Савчук
Humeniuk|Humenyuk = Гуменюк
Lytvynenko|Litvinenko = Литвиненко
Karpenko = Карпенко
Zinchenko|Sintschenko = Зінченко
Ivanenko|Iwanenko = Іваненко
Prykhodko|Prikhodko = Приходько
Havryliuk|Gavryliuk = Гаврилюк
Martyniuk|Martynyuk = Мартинюк
Onyshchenko|Onischenko = Онищенко
Yakovenko|Jakowenko = Яковенко
Diachenko|Dyachenko = Дяченко
Kozak = Козак
Bilyk = Білик
Kovalchuk|Kowaltschuk = Ковальчук
Hryshchenko|Gryshchenko = Грищенко
Kovalskyi|Kowalskyj = Ковальський
Zlotskyi = Злоцький
""")

RUSSIAN_MALE = _names("""
Aleksandr|Alexander|Alexandr = Александр
Dmitrii|Dmitry|Dmitri = Дмитрий
Sergei|Sergey|Sergej = Сергей
Andrei|Andrey|Andrej = Андрей
Aleksei|Alexey|Alexej = Алексей
Ivan|Iwan = Иван
Mikhail|Michail = Михаил
Nikolai|Nikolay = Николай
Vladimir|Wladimir = Владимир
Evgenii|Evgeny|Jewgeni = Евгений
Pavel|Pawel = Павел
Artem|Artyom = Артём
Maksim|Maxim = Максим
Oleg = Олег
Igor = Игорь
Roman = Роман
Iurii|Yury|Juri = Юрий
Viktor = Виктор
Kirill = Кирилл
Denis = Денис
""")

RUSSIAN_FEMALE = _names("""
Elena|Jelena|Yelena = Елена
Olga = Ольга
Natalia|Natalya|Natalja = Наталья
Tatiana|Tatyana|Tatjana = Татьяна
Irina = Ирина
Svetlana|Swetlana = Светлана
Anna = Анна
Maria|Mariya = Мария
Ekaterina|Jekaterina|Yekaterina = Екатерина
Iuliia|Yulia|Julia = Юлия
Anastasiia|Anastasia = Анастасия
Marina = Марина
Liudmila|Lyudmila|Ljudmila = Людмила
Galina = Галина
Daria|Darya|Darja = Дарья
Kseniia|Ksenia = Ксения
Viktoriia|Viktoria = Виктория
Polina = Полина
Alina = Алина
Vera|Wera = Вера
""")

RUSSIAN_FAMILY = _names("""
Ivanov|Iwanow = Иванов
Smirnov|Smirnow = Смирнов
Kuznetsov|Kusnezow = Кузнецов
Popov|Popow = Попов
Vasilev|Wassiljew = Васильев
Petrov|Petrow = Петров
Sokolov|Sokolow = Соколов
Mikhailov|Michailow = Михайлов
Novikov|Nowikow = Новиков
Fedorov|Fjodorow = Фёдоров
Morozov|Morosow = Морозов
Volkov|Wolkow = Волков
Alekseev|Alexejew = Алексеев
Lebedev|Lebedew = Лебедев
Semenov|Semjonow = Семёнов
Egorov|Jegorow = Егоров
Pavlov|Pawlow = Павлов
Kozlov|Koslow = Козлов
Nikitin = Никитин
Zakharov|Sacharow = Захаров
""")

# --- Georgia (Mkhedruli) --------------------------------------------------------------------

GEORGIAN_MALE = _names("""
Giorgi = გიორგი
Davit|David = დავით
Levan|Lewan = ლევან
Nikoloz = ნიკოლოზ
Irakli = ირაკლი
Zurab|Surab = ზურაბ
Aleksandre = ალექსანდრე
Lasha|Lascha = ლაშა
Tornike = თორნიკე
Beka = ბექა
Dato = დათო
Gela = გელა
Mamuka = მამუკა
Vakhtang|Wachtang = ვახტანგ
Luka = ლუკა
Shota|Schota = შოთა
Nodar = ნოდარ
Tamaz = თამაზ
""")

GEORGIAN_FEMALE = _names("""
Nino = ნინო
Mariam = მარიამ
Tamar = თამარ
Natia = ნათია
Ekaterine = ეკატერინე
Ana = ანა
Salome = სალომე
Ketevan|Ketewan = ქეთევან
Maia|Maya = მაია
Nana = ნანა
Lia = ლია
Khatia|Chatia = ხატია
Teona = თეონა
Elene = ელენე
Sopio = სოფიო
Nato = ნატო
Lika = ლიკა
Maka = მაკა
""")

GEORGIAN_FAMILY = _names("""
Beridze = ბერიძე
Kapanadze = კაპანაძე
Gelashvili|Gelaschwili = გელაშვილი
Maisuradze = მაისურაძე
Giorgadze = გიორგაძე
Lomidze = ლომიძე
Tsiklauri|Ziklauri = წიკლაური
Bolkvadze = ბოლქვაძე
Nozadze = ნოზაძე
Khutsishvili|Chuzischwili = ხუციშვილი
Shengelia|Schengelia = შენგელია
Javakhishvili = ჯავახიშვილი
Mchedlishvili = მჭედლიშვილი
Chkheidze = ჩხეიძე
Tabatadze = ტაბატაძე
Kvaratskhelia = კვარაცხელია
Abashidze = აბაშიძე
Gogoladze = გოგოლაძე
""")

# --- Latin-script origins (no native-script form) -------------------------------------------

TURKISH_MALE = _names(
    """
Mehmet
Mustafa
Ahmet
Ali
Hüseyin
Hasan
İbrahim
İsmail
Osman
Yusuf
Murat
Ömer
Ramazan
Halil
Süleyman
Abdullah
Mahmut
Recep
Salih
Fatih
Kadir
Emre
Burak
Serkan
Kemal
Erkan
Volkan
Cem
Okan
Onur
Barış
Deniz
Emin
Furkan
Enes
Yasin
Hakan
Kerem
Selim
Tarık
Levent
Gökhan
""",
    fold=True,
)

TURKISH_FEMALE = _names(
    """
Ayşe
Fatma
Emine
Hatice
Zeynep
Elif
Meryem
Şerife
Sultan
Zehra
Hanife
Merve
Özlem
Esra
Gül
Büşra
Hülya
Derya
Sevgi
Nur
Aylin
Ebru
Leyla
Songül
Yasemin
Tuba
Kübra
Rabia
Sibel
Dilek
Melek
Gülsüm
Ayten
Nurcan
Selin
Gizem
Şule
Pınar
Hacer
Canan
""",
    fold=True,
)

TURKISH_FAMILY = _names(
    """
Yılmaz
Kaya
Demir
Şahin
Çelik
Yıldız
Yıldırım
Öztürk
Aydın
Özdemir
Arslan
Doğan
Kılıç
Aslan
Çetin
Kara
Koç
Kurt
Özkan
Şimşek
Polat
Özer
Erdoğan
Güneş
Aksoy
Korkmaz
Bulut
Tekin
Avcı
Altun
Keskin
Uçar
Güler
Karaca
Akın
Turan
Bozkurt
Sarı
Acar
Ateş
Ekinci
Bingöl
Tunç
Akbulut
Zengin
""",
    fold=True,
)

KURMANJI_TR_MALE = _names(
    """
Azad
Rojhat
Şiyar
Baran
Welat
Serhat
Zana
Dilşad
Mazlum
Ferhat
Hozan
Rênas
Kawa
Cemil
Berzan
Agit
Delil
Şervan
""",
    fold=True,
)

KURMANJI_TR_FEMALE = _names(
    """
Berivan
Rojda
Dilan
Zozan
Helin
Jiyan
Rojin
Evîn
Hêvî
Gulistan
Berfin
Delal
Ronahî
Newroz
Viyan
Nazlı
Rengin
Zelal
""",
    fold=True,
)

GUINEAN_MALE = _names(
    """
Mamadou|Mamadu
Alpha
Ibrahima
Thierno|Tierno
Amadou|Amadu
Boubacar|Bubacar
Oumar|Umar
Abdoulaye|Abdulaye
Souleymane|Suleymane
Alseny
Ousmane|Usman
Sékou|Sekou
Moussa|Musa
Lansana
Fodé|Fode
Mohamed
Aboubacar|Abubakar
Elhadj|El Hadj
Mamadi
Ansoumane
Naby
Cellou
Saïdou|Saidou
Ismaël|Ismael
Idrissa
Mory
Sidiki
Bakary
Djibril|Jibril
Lamine
Issiagha
Younoussa
Sory
Moustapha
Alhassane
Amara
Facinet
Morlaye
Habib
Tidiane
""",
    fold=True,
)

GUINEAN_FEMALE = _names(
    """
Mariama|Mariam
Fatoumata|Fatumata
Aïssatou|Aissatou|Aysatu
Kadiatou|Kadiatu
Hadja
Oumou|Umu
Aminata
Binta
Djénabou|Djenabou|Jenabu
Hawa
Adama
Fanta
Ramatoulaye
Saran
Mabinty
Sira
Nènè|Nene
Tenin
Mahawa
Fatou
Aïcha|Aicha
Safiatou
Hassanatou
Maïmouna|Maimouna
Houssainatou
Nafissatou
Salématou
Rouguiatou
Assiatou
Dalanda
Tiguidanké
Makalé
Hadiatou
Bountouraby
M'Mah
Sona
Kadidiatou
Fatimatou
Habibatou
Néné Oumou
""",
    fold=True,
)

GUINEAN_FAMILY = _names(
    """
Diallo|Jallo|Djallo
Barry|Bari
Bah|Ba
Sow|Sowe
Baldé
Camara|Kamara
Condé|Konde
Keïta
Touré
Kouyaté
Sylla|Silla
Soumah|Souma
Bangoura
Cissé
Traoré
Kaba
Konaté
Doumbouya
Fofana
Diakité
Sacko
Kanté
Kourouma
Yansané
Sidibé
Conté
Chérif
Haïdara
Tounkara
Dramé
Sangaré
Magassouba
Oularé
Kaloga
Tall|Tal
Diané
Millimono
Guilavogui
Lamah
Kolié
Koïvogui
""",
    fold=True,
)

SOMALI_MALE = _names("""
Abdi
Abdirahman|Abdurahman
Abdullahi|Abdallahi
Ahmed
Ali
Hassan|Xasan
Hussein|Xuseen
Mohamed|Maxamed
Mahad
Farah|Faarax
Omar|Cumar
Yusuf
Ismail
Abdiaziz
Abdikarim
Said
Mustafe
Liban
Guled
Bashir
""")

SOMALI_FEMALE = _names("""
Amina|Aamina
Fadumo|Faduma
Hodan
Halima|Xaliimo
Sahra|Saxra
Ifrah
Nimco|Nimo
Hibo
Safiya
Asha|Caasha
Hawa|Xawo
Khadra
Sagal
Ayan|Ayaan
Ubah|Ubax
Warsan
Muna
Nasra
Ruqiya
Deqa
""")

SOMALI_FAMILY = SOMALI_MALE + _names("""
Warsame
Jama|Jaamac
Nur|Nuur
Aden|Aadan
Egal
Osman|Cismaan
Dahir|Daahir
Hirsi|Xirsi
Samatar
Gedi|Geedi
Mohamud|Maxamuud
""")

NIGERIAN_MALE = _names("""
Chinedu
Emeka
Oluwaseun|Seun
Tunde
Ibrahim
Abdullahi
Musa
Chukwuemeka
Obinna
Ifeanyi
Babatunde
Segun
Uche
Kelechi
Samuel
Daniel
Godwin
Friday
Sunday
Victor
Osagie
Osaro
Efosa
Ehis
""")

NIGERIAN_FEMALE = _names("""
Blessing
Joy
Chioma
Ngozi
Adaeze
Funmilayo
Aisha
Fatima
Precious
Mercy
Esther
Grace
Favour|Favor
Osas
Efe
Ivie
Amaka
Nneka
Yetunde
Bukola
""")

NIGERIAN_FAMILY = _names("""
Okafor
Okonkwo
Eze
Nwosu
Adeyemi
Ogunleye
Bello
Abubakar
Osagie
Igbinedion
Obasogie
Omoregie
Osaghae
Edobor
Ighodaro
Usman
Okoro
Adebayo
Ogbonna
Uzoma
""")

# --- German staff names for the agencies (fictional) ----------------------------------------

STAFF_GIVEN = (
    "Anna",
    "Julia",
    "Katrin",
    "Sabine",
    "Claudia",
    "Petra",
    "Stefanie",
    "Nicole",
    "Melanie",
    "Andrea",
    "Lea",
    "Miriam",
    "Sandra",
    "Thomas",
    "Michael",
    "Stefan",
    "Markus",
    "Andreas",
    "Jan",
    "Tobias",
    "Christian",
    "Frank",
    "Dirk",
    "Martin",
    "Jens",
    "Sven",
    "Ayşe",
    "Nadia",
    "Elif",
    "Olga",
    "Tarek",
    "Murat",
    "Dimitri",
)

STAFF_FAMILY = (
    "Schneider",
    "Fischer",
    "Weber",
    "Becker",
    "Hoffmann",
    "Schäfer",
    "Koch",
    "Bauer",
    "Richter",
    "Klein",
    "Wolf",
    "Schröder",
    "Neumann",
    "Schwarz",
    "Zimmermann",
    "Braun",
    "Krüger",
    "Hartmann",
    "Lange",
    "Schmitz",
    "Krause",
    "Meier",
    "Lehmann",
    "Köhler",
    "Herrmann",
    "König",
    "Walter",
    "Kaiser",
    "Fuchs",
    "Peters",
    "Scholz",
    "Möller",
    "Brinkmann",
    "Wiesmann",
    "Kowalski",
    "Nowak",
    "Yıldız",
    "Haddad",
    "Petrenko",
    "Demir",
)
