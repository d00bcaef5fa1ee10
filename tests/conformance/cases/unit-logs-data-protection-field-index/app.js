// Conformance case 'unit-logs-data-protection-field-index'
// Upstream: aws-logs/test/loggroup.test.ts, the data protection policy tests (managed identifiers with
// every audit destination, custom identifiers, defaults) and the field index policy tests, a stack per test.
'use strict';
const cdk = require('aws-cdk-lib');
const logs = require('aws-cdk-lib/aws-logs');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
// 'set data protection policy with all audit destinations'
{
  const stack = new cdk.Stack(app, 'AllDestinations');
  const auditLogGroup = new logs.LogGroup(stack, 'LogGroupAudit', { logGroupName: 'audit-log-group' });
  const auditBucket = new s3.Bucket(stack, 'BucketAudit', { bucketName: 'audit-bucket' });
  new logs.LogGroup(stack, 'LogGroupLambda', {
    dataProtectionPolicy: new logs.DataProtectionPolicy({
      name: 'policy-name',
      description: 'policy description',
      identifiers: [logs.DataIdentifier.DRIVERSLICENSE_US, new logs.DataIdentifier('EmailAddress')],
      logGroupAuditDestination: auditLogGroup,
      s3BucketAuditDestination: auditBucket,
      deliveryStreamNameAuditDestination: 'delivery-stream-name',
    }),
  });
}
// 'set data protection policy with custom data identifiers' and the defaults
{
  const stack = new cdk.Stack(app, 'CustomIdentifiers');
  new logs.LogGroup(stack, 'LogGroupLambda', {
    dataProtectionPolicy: new logs.DataProtectionPolicy({
      identifiers: [new logs.CustomDataIdentifier('EmployeeId', 'EmployeeId-\\d{9}'), logs.DataIdentifier.EMAILADDRESS],
    }),
  });
}
// field index policies
{
  const stack = new cdk.Stack(app, 'FieldIndex');
  new logs.LogGroup(stack, 'Indexed', {
    fieldIndexPolicies: [new logs.FieldIndexPolicy({ fields: ['Operation', 'RequestId'] }), new logs.FieldIndexPolicy({ fields: [] })],
  });
  new logs.LogGroup(stack, 'NoPolicies', { fieldIndexPolicies: [] });
}
app.synth();
