/// A choice in a select list or a checkbox group, as every form shows it.
struct SelectOption: Encodable {
    let value: String
    let label: String
    var selected = false
}
