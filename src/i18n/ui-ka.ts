/**
 * Georgian UI strings: the source dictionary. `ui-en.ts` must have exactly the
 * same keys (the type checker enforces it). Keys are flat and dotted: the first
 * part says where the string appears. `{name}` marks a value filled in by `format`.
 */
const ka = {
  // Site identity (header, titles, feeds)
  'site.name': 'დაბრუნებულთა პორტალი',
  'site.tagline': 'ინფორმაცია და დახმარება სამშობლოში დაბრუნებული მიგრანტებისთვის',
  'site.titleSuffix': 'დაბრუნებულთა პორტალი',

  // Skip link, first thing in <body>
  'skip.toContent': 'მთავარ შინაარსზე გადასვლა',

  // Main navigation (header) and its landmark label
  'nav.label': 'მთავარი მენიუ',
  'nav.home': 'მთავარი',
  'nav.about': 'ინიციატივის შესახებ',
  'nav.places': 'სად მივმართო',
  'nav.programs': 'პროგრამები',
  'nav.news': 'სიახლეები',
  'nav.contact': 'კონტაქტი',
  'nav.menu': 'მენიუ',

  // Language switch (header); the link text itself is the other language's own name
  'lang.switchTo': 'ეს გვერდი ინგლისურად',

  // Footer
  'footer.label': 'დამატებითი ბმულები',
  'footer.about':
    'პორტალი მიგრაციის საერთაშორისო ორგანიზაციის (IOM) მუნიციპალიტეტებთან ერთად განხორციელებულ სარეინტეგრაციო ინიციატივას ეხება.',
  'footer.privacy': 'კონფიდენციალურობა',
  'footer.accessibility': 'ხელმისაწვდომობა',
  'footer.siteMap': 'საიტის რუკა (ა–ჰ)',
  'footer.rss': 'სიახლეების RSS არხი',
  'footer.openData': 'ღია მონაცემები',
  'footer.noTracking': 'ეს საიტი არ იყენებს ქუქი-ფაილებს და არ აკვირდება ვიზიტორებს.',

  // Home page
  'home.title': 'დახმარება სამშობლოში დაბრუნებულთათვის',
  'home.description':
    'სად მივმართოთ და რა დახმარება არსებობს საქართველოში დაბრუნებული მიგრანტებისთვის: სერვის ჰაბები, სახელმწიფო და IOM-ის პროგრამები, სიახლეები.',
  'home.lead':
    'თუ საზღვარგარეთიდან დაბრუნდით, აქ გაიგებთ, სად მიიღოთ რჩევა და რა პროგრამები გეხმარებათ სამუშაოს, ბიზნესის, სწავლისა და ჯანმრთელობის საკითხებში.',
  'home.findHub.title': 'იპოვეთ უახლოესი ადგილი, სადაც დაგეხმარებიან',
  'home.findHub.body':
    'სერვის ჰაბები მუნიციპალიტეტებში, IOM-ის ოფისები და სახელმწიფო სააგენტოები — რეგიონების მიხედვით.',
  'home.findHub.cta': 'ადგილების სია',
  'home.whoFor.title': 'ვისთვისაა ეს საიტი',
  'home.whoFor.returnees': 'საზღვარგარეთიდან დაბრუნებული საქართველოს მოქალაქეებისთვის და მათი ოჯახებისთვის.',
  'home.whoFor.community': 'თემის წევრებისთვის, ვისაც სურს გაიგოს, რა პროგრამები არსებობს და როგორ მიმართონ.',
  'home.whoFor.municipalities': 'მუნიციპალიტეტებისთვის, რომლებიც ჩვენს ინფორმაციას საკუთარ საიტებზე აზიარებენ.',
  'home.categories.title': 'რა დახმარება არსებობს',
  'home.categories.cta': 'ყველა პროგრამა',
  'home.news.title': 'ბოლო სიახლეები',
  'home.news.all': 'ყველა სიახლე',
  'home.about.cta': 'ინიციატივის შესახებ',

  // Program categories (fixed vocabulary)
  'category.employment': 'დასაქმება',
  'category.business': 'ბიზნესი და გრანტები',
  'category.training': 'პროფესიული განათლება',
  'category.health': 'ჯანმრთელობა',
  'category.housing': 'საცხოვრებელი',
  'category.documents-legal': 'დოკუმენტები და სამართლებრივი საკითხები',
  'category.psychosocial': 'ფსიქოსოციალური მხარდაჭერა',
  'category.social': 'სოციალური დახმარება',

  // Place types, statuses, precision and services (fixed vocabularies)
  'placeType.service-hub': 'მუნიციპალური სერვის ჰაბი',
  'placeType.iom-office': 'IOM-ის ოფისი',
  'placeType.state-agency': 'სახელმწიფო სააგენტო',
  'placeStatus.open': 'მოქმედი',
  'placeStatus.planned': 'დაგეგმილი',
  'precision.building': 'შენობის ზუსტი მდებარეობა',
  'precision.town-centre': 'მიახლოებითი მდებარეობა (ქალაქის ცენტრი)',
  'service.information': 'ინფორმაცია',
  'service.counselling': 'კონსულტაცია',
  'service.referral': 'გადამისამართება სხვა სერვისებზე',
  'service.grants': 'გრანტები',
  'service.training': 'პროფესიული სწავლება',
  'service.employment': 'დასაქმების მხარდაჭერა',
  'service.health': 'სამედიცინო დახმარება',
  'service.housing': 'დროებითი საცხოვრებელი',
  'service.documents': 'დოკუმენტები',
  'service.psychosocial': 'ფსიქოსოციალური მხარდაჭერა',
  'service.tool-rental': 'ხელსაწყოების გაქირავება',

  // Places list (until the hub finder arrives it is the way to "your nearest hub")
  'places.title': 'სად მივმართო',
  'places.description': 'სერვის ჰაბები, IOM-ის ოფისები და სახელმწიფო სააგენტოები, სადაც დაბრუნებულებს ეხმარებიან — რეგიონების მიხედვით.',
  'places.lead': 'მიმართეთ თქვენთან ყველაზე ახლოს მდებარე ადგილს. ქვემოთ ყველა ადგილი რეგიონების მიხედვითაა დალაგებული.',
  'places.services': 'მომსახურება',
  'places.count': '{count} ადგილი',

  // Place page
  'place.type': 'ტიპი',
  'place.status': 'სტატუსი',
  'place.region': 'რეგიონი',
  'place.town': 'ქალაქი',
  'place.address': 'მისამართი',
  'place.phone': 'ტელეფონი',
  'place.email': 'ელფოსტა',
  'place.website': 'ვებგვერდი',
  'place.contact': 'კონტაქტი',
  'place.noContacts': 'ამ ადგილის საკონტაქტო მონაცემები ჯერ არ გვაქვს. დაუკავშირდით: {name}.',
  'place.plannedNote': 'ეს ადგილი ჯერ არ მუშაობს. მანამდე მიმართეთ უახლოეს მოქმედ ადგილს.',
  'place.location': 'მდებარეობა',
  'place.backToList': 'ყველა ადგილი',

  // Programs list and program page
  'programs.title': 'პროგრამები',
  'programs.description': 'სახელმწიფო და საერთაშორისო პროგრამები დაბრუნებულთათვის: დასაქმება, ბიზნესი, განათლება, ჯანმრთელობა და სხვა.',
  'programs.lead': 'პროგრამები კატეგორიების მიხედვით. თითოეულ გვერდზე ნახავთ, ვის შეუძლია მონაწილეობა და როგორ უნდა მიმართოთ.',
  'program.provider': 'ვინ ახორციელებს',
  'program.regions': 'რეგიონები',
  'program.allRegions': 'მთელი საქართველო',
  'program.eligibility': 'ვის შეუძლია მიმართოს',
  'program.benefits': 'რას მიიღებთ',
  'program.howToApply': 'როგორ მივმართო',
  'program.documents': 'საჭირო დოკუმენტები',
  'program.officialSite': 'პროგრამის ოფიციალური გვერდი',
  'program.contacts': 'კონტაქტი',
  'program.termsYear': 'პირობები აღწერილია {year} წლის მდგომარეობით.',
  'program.related': 'მსგავსი პროგრამები',
  'program.backToList': 'ყველა პროგრამა',

  // Shared by content pages
  'content.sources': 'წყაროები',
  'content.lastReviewed': 'ბოლოს გადამოწმდა: {date}',
  'content.otherLanguageNote': 'ინგლისურად',

  // News
  'news.title': 'სიახლეები',
  'news.description': 'სიახლეები სარეინტეგრაციო ინიციატივისა და დაბრუნებულთათვის არსებული სერვისების შესახებ.',
  'news.published': 'გამოქვეყნდა: {date}',
  'news.dateUnknown': 'გამოქვეყნების თარიღი უცნობია',
  'news.original': 'პირველწყარო: {publisher}',
  'news.retold': 'ეს სტატია ორიგინალური პუბლიკაციის შინაარსს ჩვენი სიტყვებით გადმოსცემს.',
  'news.feedTitle': 'დაბრუნებულთა პორტალი — სიახლეები',
  'news.backToList': 'ყველა სიახლე',

  // Site map (A–Z list of pages; the way in when search is unavailable)
  'siteMap.title': 'საიტის რუკა',
  'siteMap.description': 'საიტის ყველა გვერდი ანბანური წესით.',
  'siteMap.lead': 'საიტის ყველა გვერდი ანბანის მიხედვით.',

  // Breadcrumbs landmark
  'breadcrumb.label': 'ნავიგაციის ზოლი',

  // 404
  'notFound.title': 'გვერდი ვერ მოიძებნა',
  'notFound.body': 'ამ მისამართზე გვერდი არ არსებობს. შესაძლოა, ბმული მოძველებულია ან მისამართი შეცდომითაა აკრეფილი.',
  'notFound.home': 'მთავარ გვერდზე დაბრუნება',
  // Places map, nearest-place finder, filters and embeds (places page, /embed/ pages)
  'map.title': 'ადგილები რუკაზე',
  'map.label': 'დახმარების ადგილების რუკა',
  'map.listHint': 'რუკის ნაცვლად შეგიძლიათ ქვემოთ მოცემული სია გამოიყენოთ: მასში ყველა ადგილია.',
  'map.loading': 'რუკა იტვირთება…',
  'map.failed': 'რუკის ჩატვირთვა ვერ მოხერხდა. ყველა ადგილი ქვემოთ, სიაშია.',
  'map.zoomIn': 'გადიდება',
  'map.zoomOut': 'დაპატარავება',
  'map.closePopup': 'დახურვა',
  'map.markerLabel': '{name} — {type}, {status}',
  'map.cluster': '{count} ადგილი. დააჭირეთ გასადიდებლად',
  'map.basemapLayer': 'რეგიონების რუკა',
  'map.streetLayer': 'ქუჩების რუკა (ინტერნეტიდან)',
  'filters.title': 'ფილტრი',
  'filters.type': 'ადგილის სახეობა',
  'filters.status': 'სტატუსი',
  'filters.count': 'ნაჩვენებია {shown} ადგილი {total}-დან',
  'finder.title': 'იპოვეთ უახლოესი ადგილი',
  'finder.noScript': 'იპოვეთ თქვენი რეგიონი ქვემოთ მოცემულ სიაში.',
  'finder.lead': 'გამოიყენეთ თქვენი მდებარეობა ან აირჩიეთ ქალაქი. მანძილი თქვენსავე მოწყობილობაზე გამოითვლება: თქვენი მდებარეობა არსად იგზავნება.',
  'finder.useLocation': 'ჩემი მდებარეობის გამოყენება',
  'finder.locating': 'ვადგენთ თქვენს მდებარეობას…',
  'finder.denied': 'მდებარეობის გაზიარება არ არის ნებადართული. აირჩიეთ ქალაქი ან ნება დართეთ ბრაუზერის პარამეტრებში.',
  'finder.unavailable': 'მდებარეობის დადგენა ვერ მოხერხდა. აირჩიეთ ქალაქი.',
  'finder.timeout': 'მდებარეობის დადგენას ძალიან დიდი დრო დასჭირდა. სცადეთ ხელახლა ან აირჩიეთ ქალაქი.',
  'finder.unsupported': 'ეს ბრაუზერი მდებარეობას ვერ ადგენს. აირჩიეთ ქალაქი.',
  'finder.townLabel': 'თქვენი ქალაქი ან დაბა',
  'finder.townHint': 'ჩაწერეთ ქართულად ან ლათინურად, მაგალითად: ოზურგეთი ან Ozurgeti.',
  'finder.show': 'უახლოესის ჩვენება',
  'finder.suggestions': 'ნაპოვნია {count} ვარიანტი. ასარჩევად გამოიყენეთ ისრები.',
  'finder.noTown': 'ქალაქი „{query}“ ვერ ვიპოვეთ. სცადეთ სხვაგვარი დაწერილობა ან უახლოესი დიდი ქალაქი.',
  'finder.resultsFromTown': 'ღია ადგილები, უახლოესი ქალაქთან: {town}',
  'finder.resultsFromHere': 'თქვენთან უახლოესი ღია ადგილები',
  'finder.distance': '{distance} პირდაპირი ხაზით',
  'finder.directionsOsm': 'მარშრუტი OpenStreetMap-ზე',
  'finder.directionsGoogle': 'მარშრუტი Google Maps-ზე',
  'finder.noOpen': 'ამჟამად არც ერთი ადგილი არ არის ღია.',
  'embed.mapTitle': 'დახმარების ადგილები დაბრუნებულთათვის',
  'embed.openPortal': 'გახსნა დაბრუნებულთა პორტალზე',
  'embed.newWindow': '(იხსნება ახალ ფანჯარაში)',

  // Place pages (hours, directions, mini map, vCard, print) and For municipalities (/<lang>/for-municipalities/)
  'footer.forMunicipalities': 'მუნიციპალიტეტებისთვის',
  'place.hours': 'სამუშაო საათები',
  'place.hoursUnknown': 'ამ ადგილის სამუშაო საათები არ ვიცით. მისვლამდე დაუკავშირდით და გადაამოწმეთ.',
  'place.hoursDay': 'დღე',
  'place.hoursTime': 'საათები',
  'place.hoursClosed': 'დაკეტილია',
  'place.hoursTimeZone': 'დრო მითითებულია საქართველოს დროით (UTC+4).',
  'place.openNow': 'ახლა ღიაა',
  'place.closedNow': 'ახლა დაკეტილია',
  'place.map': 'რუკა',
  'place.mapLabel': '{name}: მდებარეობა საქართველოს რუკაზე',
  'place.approximateNote':
    'ეს მიახლოებითი მდებარეობაა: რუკაზე წერტილი და მარშრუტი ქალაქის ცენტრამდე მიგიყვანთ და არა შენობამდე. ზუსტი მისამართი მისვლამდე დააზუსტეთ.',
  'place.directions': 'მარშრუტი',
  'place.directionsOsm': 'მარშრუტი OpenStreetMap-ზე',
  'place.directionsGoogle': 'მარშრუტი Google Maps-ზე',
  'place.directionsNote': 'ბმულები სხვა საიტს გახსნის. თქვენს მდებარეობას ის საიტი შეიძლება გკითხოთ, ეს საიტი — არა.',
  'place.addToContacts': 'კონტაქტებში დამატება (vCard)',
  'place.addToContactsNote': 'ჩამოიტვირთება საკონტაქტო ბარათი, რომელსაც ტელეფონი შეინახავს.',
  'place.country': 'საქართველო',
  'place.printUrl': 'ეს გვერდი ინტერნეტში: {url}',
  'forMunicipalities.title': 'მუნიციპალიტეტებისთვის',
  'forMunicipalities.description':
    'როგორ დაუკავშირდეს მუნიციპალიტეტის საიტი პორტალს ბმულით, ჩასვას რუკა ან ერთი ადგილი და ჩამოტვირთოს ადგილების სია ღია მონაცემების სახით.',
  'forMunicipalities.lead':
    'დაეხმარეთ დაბრუნებულებს, იპოვონ უახლოესი ადგილი, სადაც დახმარებას მიიღებენ: განათავსეთ ბმული ან რუკა თქვენს საიტზე. ქვემოთ მოცემული კოდი დააკოპირეთ და ჩასვით.',
  'forMunicipalities.stable': 'ეს მისამართები არ შეიცვლება. ქართული გვერდები /ka/-ით იწყება, ინგლისური — /en/-ით.',
  'forMunicipalities.linkTitle': 'ბმული პორტალზე',
  'forMunicipalities.linkBody': 'უბრალო ბმული ნებისმიერ საიტზე მუშაობს და არაფერს ტვირთავს.',
  'forMunicipalities.placeLinkTitle': 'ბმული ერთ ადგილზე',
  'forMunicipalities.placeLinkBody': 'თითოეულ ადგილს საკუთარი გვერდი აქვს. ყველა ადგილის მისამართი ქვემოთ, ცხრილშია.',
  'forMunicipalities.embedMapTitle': 'რუკის ჩასმა',
  'forMunicipalities.embedMapBody':
    'ჩასასმელ რუკას საიტის სათაური და ქვედა ნაწილი არ აქვს და iframe-ში ეტევა. ის ქუქი-ფაილებს არ იყენებს და ვიზიტორის მდებარეობას არსად აგზავნის.',
  'forMunicipalities.embedPlaceTitle': 'ერთი ადგილის ჩასმა',
  'forMunicipalities.embedPlaceBody': 'პატარა ბარათი ერთი ადგილის სახელით, სტატუსით, მომსახურებებითა და ბმულით მის გვერდზე.',
  'forMunicipalities.mapFrameTitle': 'რუკა: სად მიიღებენ დაბრუნებულები დახმარებას',
  'forMunicipalities.placeFrameTitle': '{name} — დაბრუნებულთა პორტალი',
  'forMunicipalities.preview': 'ასე გამოჩნდება',
  'forMunicipalities.copy': 'კოპირება',
  'forMunicipalities.copied': 'დაკოპირდა',
  'forMunicipalities.copyFailed': 'ვერ დაკოპირდა. მონიშნეთ ტექსტი და დააკოპირეთ ხელით.',
  'forMunicipalities.placesTitle': 'ყველა ადგილის მისამართი',
  'forMunicipalities.placeColumn': 'ადგილი',
  'forMunicipalities.pageColumn': 'გვერდის მისამართი',
  'forMunicipalities.embedColumn': 'ჩასასმელი ბარათი',
  'forMunicipalities.openDataTitle': 'ღია მონაცემები',
  'forMunicipalities.openDataBody':
    'ადგილების სია იმავე მონაცემებიდან იქმნება, რომლიდანაც ეს საიტი, და ყოველი განახლებისას ახლდება. ხელმისაწვდომია სამ ფორმატში:',
  'forMunicipalities.json': 'ყველა ველი ორივე ენაზე, კონტაქტებითა და წყაროებით.',
  'forMunicipalities.geojson': 'წერტილები GIS პროგრამებისა და ვებრუკებისთვის (RFC 7946).',
  'forMunicipalities.csv': 'ცხრილი Excel-ისა და სხვა პროგრამებისთვის (RFC 4180, UTF-8, სათაურების სტრიქონით).',
  'forMunicipalities.csvExcel':
    'Excel-ში ფაილი გახსენით მენიუდან „მონაცემები → ტექსტიდან/CSV-დან“ და აირჩიეთ კოდირება UTF-8, რომ ქართული ასოები სწორად გამოჩნდეს.',
  'forMunicipalities.licenceTitle': 'წყაროები და ლიცენზია',
  'forMunicipalities.licenceContent':
    'ყოველ ადგილს მითითებული აქვს თავისი ფაქტების წყაროები (ველი sources) და ბოლო გადამოწმების თარიღი. მონაცემების გამოყენებისას მიუთითეთ ეს პორტალი და ეს წყაროები.',
  'forMunicipalities.licenceBasemap':
    'რუკის საფუძველი OpenStreetMap-ის მონაცემებიდანაა მიღებული და ვრცელდება ღია მონაცემთა ბაზის ლიცენზიით (ODbL).',
  'forMunicipalities.attribution': 'რუკის მონაცემების წყაროები და ლიცენზიები',
} as const;

export default ka;

/** Every UI string key. A key missing in either language fails `astro check`. */
export type UiKey = keyof typeof ka;
