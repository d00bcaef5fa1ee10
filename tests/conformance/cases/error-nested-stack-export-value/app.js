// Conformance case 'error-nested-stack-export-value': exportValue on a nested stack: its name is a
// token, so is the export name aws-cdk-lib generates (its error).
'use strict';
const cdk = require('aws-cdk-lib');
const sns = require('aws-cdk-lib/aws-sns');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const nested = new cdk.NestedStack(stack, 'Nested');
const topic = new sns.Topic(nested, 'Events');
nested.exportValue(topic.topicArn);
app.synth();
