import Foundation
import TanbaDocuments

/// Realistic certificate, transcript and protocol content shared by the document tests.
enum CertificateFixtures {
    static let learnerName = "Нұрланова Әлия Қанатқызы"
    static let registrationNumber = "MC-2026-000123"
    static let verificationURL = "https://tanba.example.kz/verify/Qx7f3K9mZp2LwR8vN4tY6a"

    static let signatories = [
        SignatureLine(role: "Ректор", name: "А. Б. Сейткали"),
        SignatureLine(role: "Директор Центра дополнительного образования", name: "Ғ. Ү. Һәмитова"),
    ]

    static let outcomes = [
        "Применяет методы описательной статистики к клиническим данным.",
        "Строит и интерпретирует регрессионные модели в Python.",
        "Оформляет результаты анализа в соответствии с требованиями доказательной медицины.",
    ]

    static func certificate() -> CertificateContent {
        CertificateContent(
            institutionName: "НАО «Атырауский университет имени Х. Досмухамедова»",
            institutionNameSecondary: "«Х. Досмұхамедов атындағы Атырау университеті» КеАҚ",
            documentTitle: "СЕРТИФИКАТ",
            documentSubtitle: "о присвоении микроквалификации",
            registrationNumber: registrationNumber,
            identificationNumber: "050101650123",
            learnerName: learnerName,
            completionStatement: "успешно освоила программу микроквалификации",
            programTitle: "«Анализ данных в здравоохранении»",
            datesLine: "в период с 10 февраля по 20 апреля 2026 года",
            hoursCreditsLine: "в объёме 150 академических часов (5 кредитов ECTS)",
            levelLine: "Уровень НРК: 6 · уровень EQF: 6",
            studyFormLine: "Форма обучения: очная с применением дистанционных технологий",
            languageLine: "Язык обучения: русский",
            assessmentLine: "Форма оценивания: итоговый проект и компьютерное тестирование",
            learningOutcomes: outcomes,
            gradeLine: "Итоговая оценка: A (95 баллов)",
            issueDate: "25 апреля 2026 г.",
            issueCity: "г. Атырау",
            signatories: signatories,
            verificationURL: verificationURL,
            verificationCaption: "Проверка подлинности: отсканируйте QR-код",
            credentialNote: "Подписанный цифровой сертификат Open Badges 3.0 доступен по адресу https://tanba.example.kz/credentials/Qx7f3K9mZp2LwR8vN4tY6a",
            courses: [
                CertificateCourse(title: "Основы биостатистики", topics: "Описательная статистика; проверка гипотез; доверительные интервалы", hours: "48"),
                CertificateCourse(title: "Python для анализа данных", topics: "pandas; визуализация; регрессионный анализ", hours: "60"),
                CertificateCourse(title: "Итоговый проект", topics: "Анализ реального клинического набора данных", hours: "42"),
            ],
            coursesTotalHours: "150"
        )
    }

    static func bilingualCertificate() -> CertificateContent {
        var content = certificate()
        content.documentTitle = "СЕРТИФИКАТ"
        content.secondLanguage = CertificateTranslation(
            documentTitle: "CERTIFICATE",
            documentSubtitle: "of micro-qualification",
            learnerIntro: "This is to certify that",
            completionStatement: "has successfully completed the micro-qualification programme",
            programTitle: "“Data Analysis in Healthcare”",
            datesLine: "from 10 February to 20 April 2026",
            hoursCreditsLine: "150 academic hours (5 ECTS credits)",
            levelLine: "NQF level 6 · EQF level 6",
            gradeLine: "Final grade: A (95 points)",
            learningOutcomesTitle: "Learning outcomes",
            learningOutcomes: [
                "Applies descriptive statistics to clinical data.",
                "Builds and interprets regression models in Python.",
                "Reports analyses according to evidence-based medicine standards.",
            ],
            verificationCaption: "Verify: scan the QR code"
        )
        return content
    }
}

extension CertificateFixtures {
    static let disciplines = [
        TranscriptDiscipline(title: "Основы биостатистики", topics: "Описательная статистика, проверка гипотез, доверительные интервалы", credits: "2", hours: "60", points: "95", letterGrade: "A", gradePoints: "4,0"),
        TranscriptDiscipline(title: "Python для анализа данных", topics: "pandas, визуализация, регрессионный анализ", credits: "2", hours: "60", points: "88", letterGrade: "B+", gradePoints: "3,33"),
        TranscriptDiscipline(title: "Итоговый проект", topics: "Анализ клинического набора данных и защита отчёта", credits: "1", hours: "30", points: "91", letterGrade: "A-", gradePoints: "3,67"),
    ]

    static func transcript() -> TranscriptContent {
        TranscriptContent(
            institutionName: "НАО «Атырауский университет имени Х. Досмухамедова»",
            documentTitle: "ТРАНСКРИПТ",
            documentSubtitle: "приложение к сертификату о микроквалификации",
            documentNumber: registrationNumber,
            learnerName: learnerName,
            programTitle: "Анализ данных в здравоохранении",
            datesLine: "10.02.2026 – 20.04.2026",
            disciplines: disciplines,
            creditsEarned: "5",
            totalHours: "150",
            gpa: "3,73",
            gradingNote: "Шкала оценивания: A (95–100) = 4,0; A- (90–94) = 3,67; B+ (85–89) = 3,33.",
            issueDate: "25 апреля 2026 г.",
            issueCity: "г. Атырау",
            signatories: signatories
        )
    }

    static let commissionMembers = [
        ProtocolMember(name: "Сейткали Арман Болатович", position: "проректор по академическим вопросам", role: .chair, signatureName: "А. Б. Сейткали"),
        ProtocolMember(name: "Һәмитова Ғалия Үмбетқызы", position: "доцент кафедры информатики", role: .member),
        ProtocolMember(name: "Ким Виктор Сергеевич", position: "директор ТОО «MedData»", role: .member, isPresent: false),
        ProtocolMember(name: "Жұмабаева Дана Ерланқызы", position: "специалист офиса регистратора", role: .secretary, signatureName: "Д. Е. Жұмабаева"),
    ]

    static let decisions = [
        ProtocolDecision(learnerName: learnerName, programTitle: "Анализ данных в здравоохранении", votesFor: 3, votesAgainst: 0, abstained: 0, decision: "Присвоить микроквалификацию, выдать сертификат № MC-2026-000123"),
        ProtocolDecision(learnerName: "Ермеков Тимур Асқарұлы", programTitle: "Анализ данных в здравоохранении", votesFor: 1, votesAgainst: 2, abstained: 0, decision: "Отказать в присвоении: итоговый проект не защищён"),
    ]

    static func commissionProtocol() -> CommissionProtocolContent {
        CommissionProtocolContent(
            institutionName: "НАО «Атырауский университет имени Х. Досмухамедова»",
            documentTitle: "ПРОТОКОЛ",
            protocolNumber: "3",
            subject: "заседания квалификационной комиссии по присвоению микроквалификаций",
            city: "г. Атырау",
            date: "12 мая 2026 г.",
            orderLine: "Комиссия сформирована приказом ректора № 45-П от 1 марта 2026 г.",
            members: commissionMembers,
            quorumLine: "Присутствуют 3 из 4 членов комиссии, кворум имеется.",
            agenda: ["О присвоении микроквалификации «Анализ данных в здравоохранении» обучающимся потока 2026-1."],
            decisions: decisions
        )
    }
}
