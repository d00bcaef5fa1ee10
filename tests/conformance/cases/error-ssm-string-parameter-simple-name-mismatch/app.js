// error: new ssm.StringParameter with simpleName true for a path name
const cdk = require('aws-cdk-lib');
const ssm = require('aws-cdk-lib/aws-ssm');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new ssm.StringParameter(stack, 'Param', { stringValue: 'v', parameterName: '/app/version', simpleName: true });
app.synth();
