// error: new ssm.StringParameter with simpleName false without a parameterName
const cdk = require('aws-cdk-lib');
const ssm = require('aws-cdk-lib/aws-ssm');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new ssm.StringParameter(stack, 'Param', { stringValue: 'v', simpleName: false });
app.synth();
