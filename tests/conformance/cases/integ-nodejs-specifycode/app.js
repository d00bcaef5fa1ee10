// Conformance case 'integ-nodejs-specifycode': aws-lambda-nodejs test/integ.specifycode.ts, a
// NodejsFunction given its code (Code.fromCustomCommand: a build script writes the folder), so no
// bundling; the App's postCliContext turns off @aws-cdk/aws-lambda:useCdkManagedLogGroup.
// Dropped: the IntegTest and its invokeFunction assertion.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda-nodejs');
const { Code } = require('aws-cdk-lib/aws-lambda');

class TestStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    // The build script copies `integ-handlers/custom_command_input/custom_command_handler.js` to
    // `integ-handlers/custom_command_output/mylambdafile.js`, the code uploaded to the function.

    const pathToBuildScript = path.join(__dirname, 'integ-handlers/custom_command_input/build.sh');
    const customCommand = ['bash', pathToBuildScript];
    const outputDirectoryFromCustomCommand = path.join(__dirname, 'integ-handlers/custom_command_output');

    this.lambdaFunction = new lambda.NodejsFunction(this, 'codespecified', {
      handler: 'mylambdafile.handler',
      code: Code.fromCustomCommand(
        outputDirectoryFromCustomCommand,
        customCommand,
      ),
    });
  }
}

const app = new cdk.App({
  postCliContext: {
    '@aws-cdk/aws-lambda:useCdkManagedLogGroup': false,
  },
});
new TestStack(app, 'cdk-integ-lambda-nodejs-codespecified');
app.synth();
