// Conformance case 'core-export-value': stack.exportValue of a resource attribute (the generated
// export name) and of a named value, imported by another stack with Fn.importValue; the
// attribute is also referenced directly, which reuses the same export (aws-cdk's
// stack.test.ts "exportValue" tests).
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const producer = new cdk.Stack(app, 'Producer');
const queue = new sqs.Queue(producer, 'Queue');
const imported = producer.exportValue(queue.queueArn);
producer.exportValue('literal-value', { name: 'SharedName', description: 'a name for everyone' });
const consumer = new cdk.Stack(app, 'Consumer');
new cdk.CfnOutput(consumer, 'Imported', { value: imported });
new cdk.CfnOutput(consumer, 'ByName', { value: cdk.Fn.importValue('SharedName') });
new cdk.CfnOutput(consumer, 'Direct', { value: queue.queueArn });
app.synth();
