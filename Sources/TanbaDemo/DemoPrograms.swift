import Foundation
import TanbaCore

/// The micro-credential programs of seed 001 (AITU), as demo content.
package struct DemoProgram: Sendable {
    /// How far the demo takes the program.
    enum Target: Equatable, Sendable {
        case draft
        case returned
        /// In review after this many approvals.
        case inReview(approvals: Int)
        case registered
        /// Registered, with a second edition under review.
        case registeredWithNewEdition
    }

    /// A discipline: name, description, credits text and the indices of the outcomes it covers.
    struct Module: Sendable {
        let name: String
        let description: String
        let credits: String
        let outcomes: [Int]
    }

    package let title: String
    let field: String
    let group: String
    let department: String
    let partner: String
    let form: StudyForm
    let languages: [LanguageCode]
    let nqf: Int
    let eqf: Int
    let standard: String
    let goal: String
    let outcomes: [String]
    let modules: [Module]
    let target: Target

    /// The micro-qualification each program awards (001: a course awards a qualification named for
    /// the job, «Coding & Programming – Python» awards «Python Developer»).
    static let qualifications: [String: LocalizedText] = [
        "ML Specialist": LocalizedText(ru: "Специалист по машинному обучению", kk: "Машиналық оқыту жөніндегі маман", en: "Machine Learning Specialist"),
        "Statistics Essentials": LocalizedText(ru: "Аналитик данных (статистика)", kk: "Деректер талдаушысы (статистика)", en: "Data Analyst (Statistics)"),
        "Front-end Developer": LocalizedText(ru: "Front-end разработчик", kk: "Front-end әзірлеуші", en: "Front-end Developer"),
        "Java Developer": LocalizedText(ru: "Java-разработчик", kk: "Java-әзірлеуші", en: "Java Developer"),
        "C++ Developer": LocalizedText(ru: "C++-разработчик", kk: "C++-әзірлеуші", en: "C++ Developer"),
        "Game Unity Developer": LocalizedText(ru: "Разработчик игр на Unity", kk: "Unity ойындарын әзірлеуші", en: "Unity Game Developer"),
        "Quality Control specialist": LocalizedText(ru: "Специалист по контролю качества ПО", kk: "БҚ сапасын бақылау маманы",
                                                    en: "Software Quality Control Specialist"),
        "Motion-дизайнер": LocalizedText(ru: "Motion-дизайнер", kk: "Motion-дизайнер", en: "Motion Designer"),
        "Python Developer": LocalizedText(ru: "Python-разработчик", kk: "Python-әзірлеуші", en: "Python Developer"),
    ]

    /// The description's items as the discipline's topics (004 App. А plan), each kind of work's
    /// hours shared out evenly with the remainder on the last, each with a practical assignment.
    static func topics(of description: String, hours: HoursSplit) -> [DisciplineTopic]? {
        let titles = description.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: ".")) }
            .filter { !$0.isEmpty }
        guard titles.count > 1, hours.total >= titles.count else { return nil }
        let share = { (kind: Int, index: Int) in
            index == titles.count - 1 ? kind - kind / titles.count * (titles.count - 1) : kind / titles.count
        }
        return titles.enumerated().map { index, title in
            DisciplineTopic(title: title.prefix(1).uppercased() + title.dropFirst(),
                            split: HoursSplit(lecture: share(hours.lecture, index), seminar: share(hours.seminar, index),
                                              training: share(hours.training, index), other: share(hours.other, index),
                                              independent: share(hours.independent, index)),
                            assignment: "практическое задание по теме")
        }
    }

    /// Titles in Kazakh and English where they differ from the Russian one.
    static let titles: [String: (kk: String, en: String)] = [
        "Motion-дизайнер": (kk: "Motion-дизайнер", en: "Motion Design"),
    ]

    /// The program under `policy`: the type whose range holds its credits, hours at its rate.
    package func content(for policy: InstitutionPolicy) -> ProgramContent {
        let perCredit = policy.hoursPerCredit.upperBound
        let disciplines = modules.map { module in
            let credits = Credits(parsing: module.credits) ?? .zero
            let total = credits.hours(atHoursPerCredit: perCredit) ?? 0
            let lecture = total / 5, seminar = total / 5, training = total / 6
            let hours = HoursSplit(lecture: lecture, seminar: seminar, training: training, other: 0,
                                   independent: total - lecture - seminar - training)
            return Discipline(
                name: module.name, description: module.description, credits: credits, hours: hours,
                competenceCodes: module.outcomes.map { "ПК\($0 + 1)" },
                outcomeCodes: module.outcomes.map { "РО\($0 + 1)" },
                topics: Self.topics(of: module.description, hours: hours))
        }
        let credits = disciplines.reduce(Credits.zero) { $0 + $1.credits }
        // The widest type that fits: an AITU program of several courses is a "program", not a "course".
        let type = policy.programTypes.last { $0.credits.contains(credits) } ?? policy.programTypes.last
        return ProgramContent(
            title: title, programType: type?.code ?? "",
            passport: ProgramPassport(fieldOfEducation: field, groupOfPrograms: group, department: department,
                                      languages: languages, partnerOrganisation: partner, studyForm: form,
                                      nqfLevel: nqf, sectorFrameworkLevel: nqf, eqfLevel: eqf,
                                      professionalStandard: standard),
            goal: goal,
            tasks: "Сформировать практические навыки по трудовой функции.\nПодготовить слушателя к итоговой аттестации и присвоению микроквалификации.",
            description: "Программа разработана совместно с работодателем и ориентирована на одну трудовую функцию.",
            prerequisites: "Базовая компьютерная грамотность; математика в объёме средней школы.",
            learningOutcomes: outcomes.enumerated().map { index, text in
                LearningOutcome(code: "РО\(index + 1)", text: text,
                                assessmentMethod: index % 2 == 0 ? "Практическое задание (кейс)" : "Тестирование",
                                criteria: "Задание выполнено полностью и корректно; не менее 50 баллов из 100.",
                                teachingMethod: index % 2 == 0 ? "Практическое занятие, проектное обучение" : "Лекция, разбор примеров")
            },
            disciplines: disciplines,
            literature: "Официальная документация инструментов курса.\nМатериалы онлайн-курса Astana IT University.",
            resources: "Компьютерный класс, доступ к облачной среде разработки, LMS Moodle.",
            titleKazakh: Self.titles[title]?.kk ?? title, titleEnglish: Self.titles[title]?.en ?? title,
            qualification: Self.qualifications[title] ?? LocalizedText(ru: title),
            justification: "Работодатели-партнёры сообщают о нехватке специалистов по этой трудовой функции; программа отвечает на их запрос.",
            abbreviations: "РО — результат обучения\nНРК — национальная рамка квалификаций\nСРО — самостоятельная работа обучающегося",
            authors: [ProgramAuthor(name: "Нурланова Айгерим Сериковна", position: "старший преподаватель, \(department)",
                                    workplace: "Astana IT University"),
                      ProgramAuthor(name: "Касымов Ерлан Темирович", position: "заведующий кафедрой", workplace: "Astana IT University")],
            teacherContacts: "Нурланова А. С. — a.nurlanova@example.kz, +7 7172 00 00 01 (демо)",
            departmentMeeting: DepartmentMeeting(protocolNumber: "4", meetingDate: "2026-01-15", head: "Касымов Ерлан Темирович"),
            employerAgreements: [EmployerAgreement(name: "Омарова Дана Маратовна", position: "руководитель отдела данных",
                                                   organisation: partner, agreedOn: "2026-01-20")])
    }
}

package enum DemoPrograms {
    private static let it = "06 Информационно-коммуникационные технологии"
    private static let software = "B057 Информационные технологии"
    private static let standard = "Профессиональный стандарт «Разработка программного обеспечения» (НПП «Атамекен»)"

    package static let all: [DemoProgram] = [
        DemoProgram(
            title: "ML Specialist", field: it, group: software, department: "Кафедра искусственного интеллекта и Data Science",
            partner: "АО «Казахтелеком»", form: .blended, languages: [.russian, .english], nqf: 6, eqf: 6,
            standard: standard,
            goal: "Подготовить специалиста, способного готовить данные, обучать и оценивать модели машинного обучения.",
            outcomes: [
                "правильно выбирать данные и переводить их в понятный машине формат",
                "проектировать и обучать нейронные сети и другие модели машинного обучения",
                "оценивать, насколько хорошо нейронные сети справляются со своими задачами",
                "пользоваться фреймворком PyTorch, библиотекой Tensorflow и Keras API",
                "ориентироваться в понятиях мира Больших Данных, Машинного обучения и Интернета Вещей",
                "знать отличия разных версий дистрибутивов Hadoop, Spark, NoSQL или Kafka",
                "знать назначение компонентов экосистемы Hadoop, Spark, Kafka",
                "определять нюансы облачных решений",
                "знать стандарты GDPR",
                "определять особенности Индустриального интернета Вещей",
            ],
            modules: [
                .init(name: "Machine Learning", description: "Введение в машинное обучение; машинное обучение на Python; классификация и кластеризация; подготовка и очистка данных; градиентный бустинг.", credits: "3", outcomes: [0, 1, 2]),
                .init(name: "Deep Learning", description: "Современные и свёрточные нейронные сети; обработка изображений; NLP; рекуррентные сети; GAN.", credits: "2", outcomes: [1, 2, 3]),
                .init(name: "Big Data", description: "Экосистема Hadoop, Spark, Kafka; NoSQL; облачные решения; GDPR; индустриальный интернет вещей.", credits: "1", outcomes: [4, 5, 6, 7, 8, 9]),
            ],
            target: .registeredWithNewEdition),
        DemoProgram(
            title: "Statistics Essentials", field: it, group: software, department: "Кафедра математического и компьютерного моделирования",
            partner: "АО «Казахтелеком»", form: .online, languages: [.russian], nqf: 6, eqf: 6, standard: standard,
            goal: "Научить описательному и выводному статистическому анализу данных для принятия решений.",
            outcomes: [
                "строить оценки неизвестных параметров распределения на основе наблюдаемых данных",
                "проверять гипотезы о законе распределения и параметрах распределения",
                "загружать, исследовать и визуализировать данные в выбранном ПО",
                "применять модели линейной и логистической регрессии и интерпретировать их метрики",
            ],
            modules: [
                .init(name: "Математическая статистика", description: "Выборка; точечные оценки; доверительные интервалы; статистические гипотезы; критерии однородности и согласия; регрессионный анализ.", credits: "4", outcomes: [0, 1]),
                .init(name: "Статистика для анализа данных", description: "Сравнение средних; корреляция и регрессия; анализ номинативных данных; логистическая регрессия; кластерный анализ и метод главных компонент.", credits: "4", outcomes: [2, 3]),
            ],
            target: .registered),
        DemoProgram(
            title: "Front-end Developer", field: it, group: "B058 Программная инженерия", department: "Кафедра программной инженерии",
            partner: "ТОО «Kolesa Group»", form: .online, languages: [.russian, .kazakh], nqf: 5, eqf: 5, standard: standard,
            goal: "Подготовить разработчика пользовательских интерфейсов веб-приложений.",
            outcomes: ["верстать адаптивные страницы на HTML и CSS", "программировать на JavaScript", "разрабатывать React-компоненты и работать с CMS"],
            modules: [
                .init(name: "HTML и CSS", description: "Семантическая вёрстка, адаптивность, доступность.", credits: "2", outcomes: [0]),
                .init(name: "JavaScript", description: "Язык JavaScript, DOM, асинхронность.", credits: "3", outcomes: [1]),
                .init(name: "CMS. Вёрстка React-компонентов", description: "Компонентный подход, React, CMS.", credits: "2", outcomes: [2]),
            ],
            target: .registered),
        DemoProgram(
            title: "Java Developer", field: it, group: "B058 Программная инженерия", department: "Кафедра программной инженерии",
            partner: "АО «Kaspi Bank»", form: .inPerson, languages: [.russian], nqf: 6, eqf: 6, standard: standard,
            goal: "Подготовить разработчика серверных приложений на Java.",
            outcomes: ["писать программы на Java", "проектировать классы в объектно-ориентированном стиле", "выбирать алгоритмы и структуры данных"],
            modules: [
                .init(name: "Основы программирования на Java", description: "Синтаксис, типы, коллекции, исключения.", credits: "3", outcomes: [0]),
                .init(name: "ООП на Java", description: "Классы, наследование, интерфейсы, паттерны.", credits: "2", outcomes: [1]),
                .init(name: "Алгоритмы и структуры данных", description: "Сложность, сортировки, деревья, графы.", credits: "2", outcomes: [2]),
            ],
            target: .registered),
        DemoProgram(
            title: "C++ Developer", field: it, group: "B059 Промышленный интернет вещей", department: "Кафедра компьютерной инженерии",
            partner: "ТОО «Bazis»", form: .inPerson, languages: [.russian, .english], nqf: 6, eqf: 6, standard: standard,
            goal: "Подготовить разработчика системного программного обеспечения на C++.",
            outcomes: ["применять основные конструкции C++", "работать в ОС Linux", "работать с базами данных"],
            modules: [
                .init(name: "Основные конструкции C++", description: "Типы, указатели, классы, шаблоны, STL.", credits: "4", outcomes: [0]),
                .init(name: "Основы Linux", description: "Командная строка, процессы, права, сборка.", credits: "2", outcomes: [1]),
                .init(name: "Работа с базами данных", description: "SQL, доступ к БД из C++.", credits: "3", outcomes: [2]),
            ],
            target: .inReview(approvals: 3)),
        DemoProgram(
            title: "Game Unity Developer", field: it, group: software, department: "Кафедра медиатехнологий",
            partner: "ТОО «Playrix Казахстан»", form: .blended, languages: [.russian], nqf: 5, eqf: 5, standard: standard,
            goal: "Подготовить разработчика игр и VR-приложений на Unity.",
            outcomes: ["программировать на C# в Unity", "разрабатывать VR-игры на Unity", "создавать трёхмерную графику в Cinema 4D"],
            modules: [
                .init(name: "C#, Unity", description: "C#, игровой цикл, физика, UI в Unity.", credits: "4", outcomes: [0]),
                .init(name: "Разработка Virtual Reality (VR) игр на Unity", description: "XR Toolkit, взаимодействие, оптимизация.", credits: "3", outcomes: [1]),
                .init(name: "Трёхмерная графика в Cinema 4D", description: "Моделирование, текстуры, анимация.", credits: "3", outcomes: [2]),
            ],
            target: .inReview(approvals: 1)),
        DemoProgram(
            title: "Quality Control specialist", field: it, group: "B058 Программная инженерия", department: "Кафедра программной инженерии",
            partner: "ТОО «EPAM Kazakhstan»", form: .online, languages: [.russian, .kazakh], nqf: 5, eqf: 5, standard: standard,
            goal: "Подготовить специалиста по ручному и автоматизированному тестированию.",
            outcomes: ["тестировать веб-приложения вручную", "тестировать мобильные приложения", "писать автотесты", "писать SQL-запросы для проверки данных"],
            modules: [
                .init(name: "Ручное тестирование веб-приложений", description: "Тест-дизайн, баг-репорты, чек-листы.", credits: "2", outcomes: [0]),
                .init(name: "Ручное тестирование мобильных приложений", description: "Особенности iOS и Android.", credits: "2", outcomes: [1]),
                .init(name: "Программирование и автотесты", description: "Python, pytest, Selenium.", credits: "3", outcomes: [2]),
                .init(name: "Веб-вёрстка. Базовый уровень", description: "HTML и CSS для тестировщика.", credits: "2", outcomes: [0]),
                .init(name: "Язык запросов SQL", description: "SELECT, JOIN, агрегаты.", credits: "2", outcomes: [3]),
            ],
            target: .inReview(approvals: 0)),
        DemoProgram(
            title: "Motion-дизайнер", field: "02 Искусство и гуманитарные науки", group: "B031 Дизайн", department: "Кафедра медиатехнологий",
            partner: "ТОО «Qazaq Digital»", form: .blended, languages: [.russian, .kazakh], nqf: 5, eqf: 5,
            standard: "В соответствии с актуальными требованиями рынка труда",
            goal: "Подготовить дизайнера анимированной графики.",
            outcomes: ["создавать анимацию в After Effects", "монтировать видео в Premiere Pro", "создавать 3D-сцены в Cinema 4D", "разрабатывать сложные моушн-проекты"],
            modules: [
                .init(name: "Основы Motion-дизайна", description: "Принципы анимации, композиция.", credits: "3", outcomes: [0]),
                .init(name: "After Effects", description: "Слои, ключи, выражения.", credits: "3", outcomes: [0]),
                .init(name: "Premiere Pro, Cinema 4D", description: "Монтаж и 3D.", credits: "3", outcomes: [1, 2]),
                .init(name: "Продвинутый Motion-дизайн", description: "Проектная работа.", credits: "4", outcomes: [3]),
            ],
            target: .returned),
        DemoProgram(
            title: "Python Developer", field: it, group: software, department: "Кафедра программной инженерии",
            partner: "", form: .online, languages: [.russian], nqf: 5, eqf: 5, standard: standard,
            goal: "Научить программировать на Python с нуля (Coding & Programming course — Python, 34 недели).",
            outcomes: ["писать программы на Python", "работать с файлами, модулями и библиотеками", "разрабатывать небольшие приложения"],
            modules: [
                .init(name: "Coding & Programming course — Python", description: "34 недели по 2 занятия в неделю: основы языка, структуры данных, ООП, библиотеки, проект.", credits: "4.8", outcomes: [0, 1, 2]),
            ],
            target: .draft),
    ]
}
