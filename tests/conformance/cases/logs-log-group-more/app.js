// Conformance case 'logs-log-group-more': the loggroup.test.ts tests logs-log-group-tests and
// unit-logs-data-protection-field-index leave out, a stack per test: retention Infinity (the legacy
// spelling of INFINITE) with and without DESTROY, a retention from a Number parameter, deletionProtectionEnabled, an encryption key that is
// an alias imported by name, the data protection policy of a custom name and description and no
// audit destination, of a managed identifier by a new name, of one custom identifier, and a field
// index policy of four fields.
// Ported from aws-cdk: aws-logs/test/loggroup.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');
const logs = require('aws-cdk-lib/aws-logs');

const app = new cdk.App();
// 'infinite retention via legacy method'
new logs.LogGroup(new cdk.Stack(app, 'LegacyInfinite'), 'LogGroup', { retention: Infinity });
// 'will delete log group if asked to'
new logs.LogGroup(new cdk.Stack(app, 'LegacyDestroy'), 'LogGroup', { retention: Infinity, removalPolicy: cdk.RemovalPolicy.DESTROY });
// 'unresolved retention'
{
  const stack = new cdk.Stack(app, 'UnresolvedRetention');
  const parameter = new cdk.CfnParameter(stack, 'RetentionInDays', { default: 30, type: 'Number' });
  new logs.LogGroup(stack, 'LogGroup', { retention: parameter.valueAsNumber });
}
// 'enable deletion protection'
new logs.LogGroup(new cdk.Stack(app, 'DeletionProtection'), 'LogGroup', { deletionProtectionEnabled: true });
// 'encrypting log group with referenced alias'
{
  const stack = new cdk.Stack(app, 'Alias');
  new logs.LogGroup(stack, 'LogGroup', { encryptionKey: kms.Alias.fromAliasName(stack, 'KmsAlias', 'alias/some-alias') });
}
// 'set data protection policy with custom name and description and no audit destinations'
new logs.LogGroup(new cdk.Stack(app, 'NoDestinations'), 'LogGroup', {
  logGroupName: 'test-log-group',
  dataProtectionPolicy: new logs.DataProtectionPolicy({
    name: 'test-policy-name',
    description: 'test description',
    identifiers: [logs.DataIdentifier.EMAILADDRESS],
  }),
});
// 'set data protection policy string-based data identifier'
new logs.LogGroup(new cdk.Stack(app, 'NewIdentifier'), 'LogGroup', {
  logGroupName: 'test-log-group',
  dataProtectionPolicy: new logs.DataProtectionPolicy({
    name: 'test-policy-name',
    description: 'test description',
    identifiers: [new logs.DataIdentifier('NewIdentifier')],
  }),
});
// 'set data protection policy with custom data identifier'
new logs.LogGroup(new cdk.Stack(app, 'CustomIdentifier'), 'LogGroup', {
  logGroupName: 'test-log-group',
  dataProtectionPolicy: new logs.DataProtectionPolicy({
    name: 'test-policy-name',
    description: 'test description',
    identifiers: [new logs.CustomDataIdentifier('EmployeeId', 'EmployeeId-\\d{9}')],
  }),
});
// 'set field index policy with four fields indexed'
new logs.LogGroup(new cdk.Stack(app, 'FieldIndex'), 'LogGroup', {
  logGroupName: 'test-field-index-log-group',
  fieldIndexPolicies: [new logs.FieldIndexPolicy({ fields: ['Operation', 'RequestId', 'timestamp', 'message'] })],
});

app.synth();
