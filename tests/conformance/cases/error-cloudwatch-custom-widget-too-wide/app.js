// Conformance case 'error-cloudwatch-custom-widget-too-wide': a CustomWidget 25 units wide throws
// (ConcreteWidget's check, widget.ts).
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
new cdk.Stack(app, 'TestStack');
new cloudwatch.CustomWidget({ functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:echo', title: 'wide', width: 25 });
app.synth();
