extension RuleSet {
  /// The set with only the rules `isOn` accepts (context patterns kept), e.g. ``FileSettings/runs(_:)``.
  public func enabled(_ isOn: (RuleMetadata) -> Bool) -> RuleSet {
    with(rules: rules.filter { isOn($0.metadata) })
  }
}
