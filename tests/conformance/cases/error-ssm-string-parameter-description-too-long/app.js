// error: new ssm.StringParameter with a description of 1,025 characters
const cdk = require('aws-cdk-lib');
const ssm = require('aws-cdk-lib/aws-ssm');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new ssm.StringParameter(stack, 'Param', { stringValue: 'v', description: 'd'.repeat(1025) });
app.synth();
