#!/usr/bin/env node
// The oracle of ccdk lint's rules that overlap aws-cdk-lib's: runs aws-cdk-lib 2.276.0's own
// CloudFormation validator (CloudFormationValidatePlugin, @aws/cloudformation-validate) over the
// templates given, and prints its violations as JSON lines {template, rule, severity, description,
// logicalId, propertyPath} in its order (severity as the plugin maps it, before synth downgrades errors).
const path = require('path');
const { CloudFormationValidatePlugin } = require(path.join(__dirname, '../../../node_modules/aws-cdk-lib'));
const plugin = new CloudFormationValidatePlugin();
const report = plugin.validate({
  templatePaths: process.argv.slice(2),
  stackTemplates: process.argv.slice(2).map((t) => ({ stackConstructPath: path.basename(t, '.template.json'), templatePath: t })),
});
for (const v of report.violations) {
  for (const r of v.violatingResources) {
    console.log(JSON.stringify({ template: r.templatePath, rule: v.ruleName, severity: v.severity, description: v.description,
      logicalId: r.resourceLogicalId || null, propertyPath: r.locations[0] || null }));
  }
}
