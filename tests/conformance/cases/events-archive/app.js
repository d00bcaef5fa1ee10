// Conformance case 'events-archive': events.Archive of a bus with a name, a description, a
// retention and a KMS key (its two key policy statements), and bus.archive with only a pattern
// (the default description, RetentionDays 0, KmsKeyIdentifier ""); the archive's ARN and name.
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const orders = new events.EventBus(stack, 'Orders', { eventBusName: 'orders' });
const key = new kms.Key(stack, 'ArchiveKey');
const archive = new events.Archive(stack, 'OrdersArchive', {
  sourceEventBus: orders,
  archiveName: 'orders-archive',
  description: 'Every order event',
  eventPattern: { source: ['shop.orders'], detail: { status: ['PLACED', 'PAID'] } },
  retention: cdk.Duration.days(90),
  kmsKey: key,
});
const audit = new events.EventBus(stack, 'Audit');
audit.archive('AuditArchive', { eventPattern: { account: [stack.account] } });
new cdk.CfnOutput(stack, 'ArchiveArn', { value: archive.archiveArn });
new cdk.CfnOutput(stack, 'ArchiveName', { value: archive.archiveName });
app.synth();
