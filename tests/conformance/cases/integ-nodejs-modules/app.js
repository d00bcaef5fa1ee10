// Conformance case 'integ-nodejs-modules': aws-lambda-nodejs test/integ.modules.ts, entries with
// the .mts, .cts and .cjs extensions, one stack each. Dropped: the IntegTest and its
// invokeFunction assertions.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda-nodejs');

class TypeScriptModuleStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    this.lambdaFunction = new lambda.NodejsFunction(this, 'mts-entry', {
      entry: path.join(__dirname, 'integ-handlers/mts-handler.mts'),
    });
  }
}
class TypeScriptCommonJsStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    this.lambdaFunction = new lambda.NodejsFunction(this, 'cts-entry', {
      entry: path.join(__dirname, 'integ-handlers/cts-handler.cts'),
    });
  }
}
class JavaScriptCommonJsStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    this.lambdaFunction = new lambda.NodejsFunction(this, 'cjs-entry', {
      entry: path.join(__dirname, 'integ-handlers/cjs-handler.cjs'),
    });
  }
}

const app = new cdk.App();
new TypeScriptModuleStack(app, 'cdk-integ-lambda-nodejs-modules-mts');
new TypeScriptCommonJsStack(app, 'cdk-integ-lambda-nodejs-modules-cts');
new JavaScriptCommonJsStack(app, 'cdk-integ-lambda-nodejs-modules-cjs');

app.synth();
