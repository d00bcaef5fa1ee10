// Conformance case 'logs-data-protection-audit-bucket': DataProtectionPolicy's s3BucketAuditDestination
// given the bucket (ccdk_logs_data_protection_policy_props.s3_bucket_audit_destination): a bucket of
// the stack (its Ref, nothing granted), an imported bucket (its name), a bucket of another stack (an
// exported Ref), on a function's log group.
// Upstream: aws-logs/test/loggroup.test.ts 'set data protection policy with audit destinations'.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const logs = require('aws-cdk-lib/aws-logs');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const auditStack = new cdk.Stack(app, 'AuditStack', { env: { account: '123456789012', region: 'eu-west-1' } });
const shared = new s3.Bucket(auditStack, 'SharedAudit');
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '123456789012', region: 'eu-west-1' } });

const own = new s3.Bucket(stack, 'OwnAudit');
const imported = s3.Bucket.fromBucketName(stack, 'ImportedAudit', 'imported-audit-bucket');

const fnGroup = new logs.LogGroup(stack, 'FunctionLogs', {
  dataProtectionPolicy: new logs.DataProtectionPolicy({
    identifiers: [logs.DataIdentifier.EMAILADDRESS],
    s3BucketAuditDestination: own,
  }),
});
new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => {};'),
  logGroup: fnGroup,
});
new logs.LogGroup(stack, 'ImportedAuditLogs', {
  dataProtectionPolicy: new logs.DataProtectionPolicy({
    identifiers: [logs.DataIdentifier.EMAILADDRESS, new logs.CustomDataIdentifier('EmployeeId', 'EmployeeId-\\d{9}')],
    s3BucketAuditDestination: imported,
    deliveryStreamNameAuditDestination: 'findings-stream',
  }),
});
new logs.LogGroup(stack, 'SharedAuditLogs', {
  dataProtectionPolicy: new logs.DataProtectionPolicy({
    name: 'shared', description: 'to the shared bucket',
    identifiers: [logs.DataIdentifier.SSN_US],
    s3BucketAuditDestination: shared,
  }),
});
app.synth();
