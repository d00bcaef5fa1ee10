// Conformance case 'error-export-value-other-stack': stack.exportValue of another stack's
// resource attribute is aws-cdk-lib's error (getExportable).
'use strict';
const cdk = require('aws-cdk-lib');
const sns = require('aws-cdk-lib/aws-sns');

const app = new cdk.App();
const a = new cdk.Stack(app, 'A');
const b = new cdk.Stack(app, 'B');
const topic = new sns.Topic(b, 'Events');
a.exportValue(topic.topicArn);
app.synth();
